#!/usr/bin/env bash
# `cluster site` against `cluster report` (target: site at most 2x report) for the repository's partnership,
# and `cluster site` for the 500-school, 25,000-staff benchmark partnership (target: at most 10 s), each the
# median of RUNS runs (default 3) of the whole command, JVM start-up included.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./cluster --version >/dev/null    # builds the jar (and its class-data archive) when stale
median() {
  local times=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/site"
    local t0; t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    local t1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
report=$(median ./cluster --today 2026-11-23 report)
site=$(median ./cluster --today 2026-11-23 site "$work/site")
printf '  repository: ./cluster report %5d ms, ./cluster site %5d ms (%s x)\n' "$report" "$site" \
  "$(awk "BEGIN { printf \"%.2f\", $site / $report }")"

mvn -q -DskipTests test-compile >/dev/null
java -cp target/test-classes:target/cluster.jar dev.cluster.testing.LargePartnership "$work/large" 500 50 >/dev/null
large=$(median ./cluster -f "$work/large/partnership.yaml" --today 2026-11-23 site "$work/site")
./cluster -f "$work/large/partnership.yaml" --today 2026-11-23 site "$work/site" 2>/dev/null
printf '  500 schools: ./cluster site %5d ms (%s files, %s)\n' "$large" \
  "$(find "$work/site" -type f | wc -l)" "$(du -sh "$work/site" | cut -f1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
