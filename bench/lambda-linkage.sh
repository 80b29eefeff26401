#!/usr/bin/env bash
# What the lambdas a command meets on its way cost at start-up. `./cluster rota` links a lambda (or method
# reference) call site the first time it runs each one; the script counts them (the lambda classes the JVM
# loads) and then times two toys with that many call sites, each run once: one where each is a lambda, one
# where each is an anonymous class. Both print one number; each is run with the launcher's JVM flags and
# its own start-up record (JDK 25+: AOT cache, which keeps lambdas linked; older: CDS archive, which keeps
# only their classes), against a bare `java Hello`, RUNS rounds (default 11), the order turning each
# round; medians printed.
#   bench/lambda-linkage.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/lambda-linkage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-11}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
flags=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC)

./cluster --today 2026-11-23 rota >/dev/null # builds the jar and the launcher's start-up record
sites=$(CLUSTER_JAVA_OPTS="${flags[*]} -Xlog:class+load" ./cluster --today 2026-11-23 rota |
  grep -c '\$\$Lambda' || true)
[ "$sites" -gt 0 ] || { echo "bench/lambda-linkage.sh: counted no lambda in ./cluster rota" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
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
for toy in Hello Lambdas Classes; do
  mkdir "$tmp/$toy"
  "$javac" -d "$tmp/$toy" "$tmp/$toy.java"
  (cd "$tmp/$toy" && "$jar" cf "../$toy.jar" ./*.class)
done
feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
record() { # the toy whose record to make
  if [ "${feature%%.*}" -ge 25 ]; then
    "$java" "${flags[@]}" -XX:AOTCacheOutput="$tmp/$1.aot" -Xlog:disable -cp "$tmp/$1.jar" "$1" >/dev/null 2>&1
    echo "-XX:AOTCache=$tmp/$1.aot"
  else
    "$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$tmp/$1.jsa" -Xlog:disable -cp "$tmp/$1.jar" "$1" >/dev/null 2>&1
    echo "-XX:SharedArchiveFile=$tmp/$1.jsa"
  fi
}
lambdas=$(record Lambdas)
classes=$(record Classes)
for made in "${lambdas#*=}" "${classes#*=}"; do
  [ -s "$made" ] || { echo "bench/lambda-linkage.sh: the start-up record $made was not made" >&2; exit 1; }
done

labels=("java Hello" "$sites lambdas" "$sites anonymous classes")
run() {
  case $1 in
    0) "$java" -cp "$tmp/Hello" Hello ;;
    1) "$java" "${flags[@]}" "$lambdas" -Xlog:disable -cp "$tmp/Lambdas.jar" Lambdas ;;
    2) "$java" "${flags[@]}" "$classes" -Xlog:disable -cp "$tmp/Classes.jar" Classes ;;
  esac
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; median of $runs rounds"
for round in $(seq "$runs"); do
  for k in 0 1 2; do
    i=$(((round + k) % 3))
    s=$(date +%s%N)
    run "$i" >/dev/null
    echo "$i $((($(date +%s%N) - s) / 1000000))" >>"$tmp/times"
  done
done
median() {
  awk -v i="$1" '$1 == i {print $2}' "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
for i in "${!labels[@]}"; do
  printf '  %-40s %5s ms\n' "${labels[$i]}" "$(median "$i")"
done
echo "$("$java" -version 2>&1 | head -1): ./cluster rota links $sites lambdas; as lambdas they cost" \
  "$(($(median 1) - $(median 2))) ms more than as classes"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
