#!/usr/bin/env bash
# `cluster report` and `cluster report --summary` at 500 and 2,000 schools of 20 staff (the generated
# benchmark partnerships), whole command, JVM start-up included: wall time and maximum resident memory
# (`/usr/bin/time -f '%e s %M KB'`), the output's size, and each time as a multiple of a bare JVM
# (`java -version`). Targets: 2,000 schools within 60 s and 1.5 GB; the summary under 1 MiB at any size.
# SIZES="500 2000" (default) picks the sizes; one run each (these are long).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-500 2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./cluster --version >/dev/null    # builds the jar (and its class-data archive) when stale
mvn -q -o -DskipTests test-compile >/dev/null 2>&1 || mvn -q -DskipTests test-compile >/dev/null
measure() { # prints "SECONDS KB" of the command, its output to $work/out
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>/dev/null
  cat "$work/time"
}
read -r jvm _ < <(measure java -version)
printf 'bare JVM (java -version): %s s\n' "$jvm"
for n in $sizes; do
  java -cp target/test-classes:target/cluster.jar dev.cluster.testing.LargePartnership "$work/p$n" "$n" 20 >/dev/null
  for mode in full summary; do
    args=(report); [ "$mode" = summary ] && args=(report --summary)
    read -r secs kb < <(measure ./cluster -f "$work/p$n/partnership.yaml" --today 2026-11-23 "${args[@]}")
    bytes=$(wc -c <"$work/out")
    printf '%5d schools, %-8s %7.1f s (%5.0f x JVM) %7d KB max RSS, %9d bytes\n' "$n" "$mode" "$secs" \
      "$(awk "BEGIN { print $secs / $jvm }")" "$kb" "$bytes"
    if [ "$mode" = summary ] && [ "$bytes" -ge 1048576 ]; then
      echo "FAIL: the summary of $n schools is $bytes bytes, over GitHub's 1 MiB step summary" >&2
      exit 1
    fi
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
