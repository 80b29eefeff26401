#!/usr/bin/env bash
# Wall time of `./cluster rota` on the repository partnership beside a bare `java` hello world: the median of
# RUNS runs each (default 10), with the launcher's class-data-sharing archive and without it. The machine's
# load is printed too, because on a busy machine every figure grows; CPU time (user + system) grows less.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
# Rebuild through the launcher, as a fresh clone would: the jar, then the class-data-sharing archive.
rm -f target/cluster.jar target/cluster.jsa
./cluster --today 2026-11-23 rota >/dev/null 2>&1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$tmp" "$tmp/Hello.java"

# "WALL CPU": medians in ms of running "$@" $runs times
measure() {
  : >"$tmp/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$tmp/one" "$@" >/dev/null 2>&1
    awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp/one" >>"$tmp/times"
  done
  local wall cpu
  wall=$(cut -d' ' -f1 "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(cut -d' ' -f2 "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$wall $cpu"
}

row() {
  local label=$1
  shift
  read -r wall cpu < <(measure "$@")
  printf '  %-52s %6s %6s\n' "$label" "$wall" "$cpu"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; median of $runs runs"
printf '  %-52s %6s %6s\n' "" "wall" "cpu"
row "java Hello (no flags)" java -cp "$tmp" Hello
row "java Hello (C1 only, serial GC)" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$tmp" Hello
row "./cluster rota (launcher: AppCDS, C1, serial GC)" ./cluster --today 2026-11-23 rota
CLUSTER_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
  row "./cluster rota without the CDS archive" ./cluster --today 2026-11-23 rota
CLUSTER_JAVA_OPTS="" row "./cluster rota with no JVM flags" ./cluster --today 2026-11-23 rota
row "./cluster rota --year 2026-27 --format ics" ./cluster --today 2026-11-23 rota --year 2026-27 --format ics
row "./cluster validate (load only, for comparison)" ./cluster --today 2026-11-23 validate
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
