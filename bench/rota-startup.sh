#!/usr/bin/env bash
# Wall time of `./cluster rota` on the repository partnership beside a bare `java` hello world, median of
# RUNS runs each (default 10), with the launcher's class-data-sharing archive and without it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
# Rebuild through the launcher, as a fresh clone would: the jar, then the class-data-sharing archive.
rm -f target/cluster.jar target/cluster.jsa
./cluster --today 2026-11-23 rota >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$tmp" "$tmp/Hello.java"

# median of the wall times (ms) of running "$@" $runs times
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

hello=$(median java -Xshare:auto -cp "$tmp" Hello)
hello_fast=$(median java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$tmp" Hello)
with_cds=$(median ./cluster --today 2026-11-23 rota)
without_cds=$(CLUSTER_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" median ./cluster --today 2026-11-23 rota)
plain=$(CLUSTER_JAVA_OPTS="" median ./cluster --today 2026-11-23 rota)
ics=$(median ./cluster --today 2026-11-23 rota --year 2026-27 --format ics)

echo "median of $runs runs (ms):"
echo "  java hello world (default flags)            $hello"
echo "  java hello world (C1, serial GC)            $hello_fast"
echo "  ./cluster rota (launcher: AppCDS, C1, serial) $with_cds  ($(awk "BEGIN {printf \"%.1f\", $with_cds / $hello}")x hello world)"
echo "  ./cluster rota without the CDS archive       $without_cds"
echo "  ./cluster rota with no JVM flags at all      $plain"
echo "  ./cluster rota --year 2026-27 --format ics   $ics"
