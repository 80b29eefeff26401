#!/usr/bin/env bash
# Start-up and validation times of `cluster validate` (a benchmark to read, not a timed test).
# Usage: bench/validate.sh [RUNS]   (default 5 runs each; prints the fastest and the median, in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./cluster --version >/dev/null            # builds the jar (and its class-data archive) when stale
mvn -q test-compile >/dev/null            # LargePartnership lives with the tests
java -cp target/test-classes:target/cluster.jar dev.cluster.testing.LargePartnership "$work/large" 500 50 >/dev/null
java -cp target/test-classes:target/cluster.jar dev.cluster.testing.LargePartnership "$work/small" 4 30 >/dev/null

# time_ms LABEL COMMAND...: runs COMMAND $runs times, prints the fastest and the median wall-clock time
time_ms() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-44s fastest %6d ms   median %6d ms\n' "$label" \
    "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")"
}

echo "cluster validate, $runs runs each, on $(nproc) cores ($(java -version 2>&1 | head -1))"
time_ms "start-up: cluster --version" ./cluster --version
time_ms "validate: 4 schools x 30 staff" ./cluster -f "$work/small/partnership.yaml" validate
time_ms "validate: 500 schools x 50 staff (25,000)" ./cluster -f "$work/large/partnership.yaml" validate
echo "partnership.yaml of the large one: $(wc -c <"$work/large/partnership.yaml") bytes; rosters: $(cat "$work"/large/rosters/*.csv | wc -c) bytes"
