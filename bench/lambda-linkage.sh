#!/usr/bin/env bash
# What the lambdas a command meets on its way cost at start-up. `./cluster rota` links each lambda (or
# method reference) call site the first time it runs it; the script counts them (the lambda classes the JVM
# loads, cluster's own and the JDK's and libraries'), then times two toys with that many call sites: one
# where each is a lambda, one where each is an anonymous class, each site run once. The toy's sites are all
# of one shape (an IntSupplier), so the figure is an estimate of the rota's. Both print one number; each is
# run with the launcher's JVM flags and its own start-up record (JDK 25+: AOT cache, which keeps lambdas
# linked; older: CDS archive, which keeps only their classes), against a bare `java Hello`, RUNS rounds
# (default 11), the order turning each round; medians printed.
#   bench/lambda-linkage.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/lambda-linkage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/toys.sh
. bench/toys.sh
./cluster --today 2026-11-23 rota >/dev/null # builds the jar and the launcher's start-up record
loaded=$(CLUSTER_JAVA_OPTS="${flags[*]} -Xlog:class+load" ./cluster --today 2026-11-23 rota)
sites=$(grep -c '\$\$Lambda' <<<"$loaded" || true)
own=$(grep -c 'dev\.cluster\..*\$\$Lambda' <<<"$loaded" || true)
[ "$sites" -gt 0 ] || { echo "bench/lambda-linkage.sh: counted no lambda in ./cluster rota" >&2; exit 1; }
echo "./cluster rota links $sites lambda call sites, $own of them in cluster's own code"

{
  echo 'public class Lambdas { public static void main(String[] a) { int sum = 0;'
  for i in $(seq "$sites"); do echo "java.util.function.IntSupplier s$i = () -> $i; sum += s$i.getAsInt();"; done
  echo 'System.out.println(sum); } }'
} >"$tmp/Lambdas.java"
{
  echo 'public class Classes { public static void main(String[] a) { int sum = 0;'
  for i in $(seq "$sites"); do
    echo "java.util.function.IntSupplier s$i = new java.util.function.IntSupplier() {"
    echo "  public int getAsInt() { return $i; } }; sum += s$i.getAsInt();"
  done
  echo 'System.out.println(sum); } }'
} >"$tmp/Classes.java"
for toy in Lambdas Classes; do
  mkdir "$tmp/$toy"
  "$javac" -d "$tmp/$toy" "$tmp/$toy.java"
  (cd "$tmp/$toy" && "$jar" cf "../$toy.jar" ./*.class)
done
lambdas=$(record Lambdas "$tmp/Lambdas.jar")
classes=$(record Classes "$tmp/Classes.jar")

labels=("java Hello" "$sites lambdas" "$sites anonymous classes")
run() {
  case $1 in
    0) hello ;;
    1) toy "$lambdas" "$tmp/Lambdas.jar" Lambdas ;;
    2) toy "$classes" "$tmp/Classes.jar" Classes ;;
  esac
}
rounds
medians
finish "./cluster rota links $sites lambdas; as lambdas they cost $(($(median 1) - $(median 2))) ms more" \
  "than as classes"
