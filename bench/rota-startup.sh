#!/usr/bin/env bash
# Wall time of `./cluster rota` on the repository partnership beside a bare `java` hello world of the same
# JDK (the one in JAVA_HOME, else `java` on the PATH), with the launcher's start-up record (JDK 25+: AOT
# cache; older: class-data-sharing archive) and without it: RUNS rounds (default 11), each running every
# command once in turn so that a change in the machine's load hits all of them alike; medians printed, then
# the ratio the targets are set in (issue 9: at most 4x on JDK 25, 5x on JDK 17). CPU time (user + system)
# is printed too: on a busy machine it grows less than wall time.
#   bench/rota-startup.sh                                            # the JDK on the PATH
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/rota-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-11}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Record afresh through the launcher, as a fresh clone would (and the jar, when a source is newer).
rm -rf target/startup
./cluster --today 2026-11-23 rota >/dev/null 2>&1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$tmp" "$tmp/Hello.java"

labels=(
  "java Hello (no flags)"
  "java Hello (C1 only, one compiler thread, serial GC)"
  "./cluster rota (launcher: AOT cache or AppCDS, C1, serial GC)"
  "./cluster rota without the AOT cache / CDS archive"
  "./cluster rota with no JVM flags"
  "./cluster rota --year 2026-27 --format ics"
  "./cluster --version (JVM, launcher, picocli)"
)
run() {
  case $1 in
    0) "$java" -cp "$tmp" Hello ;;
    1) "$java" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -cp "$tmp" Hello ;;
    2) ./cluster --today 2026-11-23 rota ;;
    3) CLUSTER_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC" ./cluster --today 2026-11-23 rota ;;
    4) CLUSTER_JAVA_OPTS="" ./cluster --today 2026-11-23 rota ;;
    5) ./cluster --today 2026-11-23 rota --year 2026-27 --format ics ;;
    6) ./cluster --version ;;
  esac
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; median of $runs rounds"
for _ in $(seq "$runs"); do
  for i in "${!labels[@]}"; do
    /usr/bin/time -f "%e %U %S" -o "$tmp/one" bash -c "$(declare -f run); tmp=$tmp; java=$java; run $i" >/dev/null 2>&1
    awk -v i="$i" '{printf "%d %d %d\n", i, $1 * 1000, ($2 + $3) * 1000}' "$tmp/one" >>"$tmp/times"
  done
done
printf '  %-52s %6s %6s\n' "" "wall" "cpu"
for i in "${!labels[@]}"; do
  wall=$(awk -v i="$i" '$1 == i {print $2}' "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(awk -v i="$i" '$1 == i {print $3}' "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '  %-52s %6s %6s\n' "${labels[$i]}" "$wall" "$cpu"
done
median() {
  awk -v i="$1" '$1 == i {print $2}' "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
echo "$("$java" -version 2>&1 | head -1): ./cluster rota / java Hello = $(awk -v a="$(median 2)" -v b="$(median 0)" 'BEGIN {printf "%.1fx", a / b}')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
