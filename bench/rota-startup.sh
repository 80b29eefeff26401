#!/usr/bin/env bash
# Wall time of `./cluster rota` on the repository partnership beside a bare `java` hello world of the same
# JDK (the one in JAVA_HOME, else `java` on the PATH), with the launcher's start-up record (JDK 25+: AOT
# cache; older: class-data-sharing archive) and without it: RUNS rounds (default 11), each running every
# command once in turn so that a change in the machine's load hits all of them alike; medians printed, then
# the ratio the targets are set in (issue 9: at most 4x on JDK 25, 5x on JDK 17). CPU time (user + system)
# is printed too (counted by /usr/bin/time, in tens of milliseconds; wall time is timed to the millisecond):
# on a busy machine it grows less than wall time.
#   bench/rota-startup.sh                                            # the JDK on the PATH
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/rota-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/toys.sh
. bench/toys.sh
# Record afresh through the launcher, as a fresh clone would (and the jar, when a source is newer).
rm -rf target/startup
./cluster --today 2026-11-23 rota >/dev/null 2>&1

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
    0) hello ;;
    1) "$java" "${flags[@]}" -cp "$tmp/hello" Hello ;;
    2) ./cluster --today 2026-11-23 rota ;;
    3) CLUSTER_JAVA_OPTS="${flags[*]}" ./cluster --today 2026-11-23 rota ;;
    4) CLUSTER_JAVA_OPTS="" ./cluster --today 2026-11-23 rota ;;
    5) ./cluster --today 2026-11-23 rota --year 2026-27 --format ics ;;
    6) ./cluster --version ;;
  esac
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; median of $runs rounds"
for _ in $(seq "$runs"); do
  for i in "${!labels[@]}"; do
    s=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$tmp/one" \
      bash -c "$(declare -f run hello; declare -p flags tmp java); run $i" >/dev/null 2>&1
    wall=$((($(date +%s%N) - s) / 1000000))
    awk -v i="$i" -v wall="$wall" '{printf "%d %d %d\n", i, wall, ($1 + $2) * 1000}' "$tmp/one" >>"$tmp/times"
  done
done
printf '  %-52s %6s %6s\n' "" "wall" "cpu"
for i in "${!labels[@]}"; do
  printf '  %-52s %6s %6s\n' "${labels[$i]}" "$(median "$i")" "$(median "$i" 3)"
done
finish "./cluster rota / java Hello = $(awk -v a="$(median 2)" -v b="$(median 0)" 'BEGIN {printf "%.2fx", a / b}')"
