#!/usr/bin/env bash
# What declaring the command line with picocli's annotations costs at start-up: `cluster rota`'s command
# line (three inherited global options, the subcommand's eleven options of which three come from mixins,
# converter classes, a version provider, the help options) declared with annotations as cluster declared
# it until this was measured (bench/picocli-model/AnnotatedRota.java), and the same built with picocli's
# programmatic API, as cluster now does (ProgrammaticRota.java; both print the same help). Both parse
# `rota --format csv` and print one line: nothing else of cluster runs. Each is run with the launcher's JVM
# flags and its own start-up record (JDK 25+: AOT cache; older: CDS archive; a missing record stops the
# script), against a bare `java Hello`, RUNS rounds (default 11), the order of the three turning each
# round; medians printed.
#   bench/picocli-model.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/picocli-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/toys.sh
. bench/toys.sh
[ -f target/cluster.jar ] || ./cluster --version >/dev/null # builds the jar (picocli compiled for 17)

mkdir "$tmp/classes"
"$javac" -XDstringConcat=inline -cp target/cluster.jar -d "$tmp/classes" bench/picocli-model/*.java
(cd "$tmp/classes" && "$jar" cf ../bench.jar ./*.class)
cp="target/cluster.jar:$tmp/bench.jar"
annotated=$(record AnnotatedRota "$cp" rota --format csv)
programmatic=$(record ProgrammaticRota "$cp" rota --format csv)

labels=("java Hello" "annotations (as cluster declared it)" "picocli's programmatic API")
run() {
  case $1 in
    0) hello ;;
    1) toy "$annotated" "$cp" AnnotatedRota rota --format csv ;;
    2) toy "$programmatic" "$cp" ProgrammaticRota rota --format csv ;;
  esac
}
rounds
medians
finish "declaring by annotations costs $(($(median 1) - $(median 2))) ms of wall time"
