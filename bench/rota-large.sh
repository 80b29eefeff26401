#!/usr/bin/env bash
# A year's rota for a 500-school, 25,000-staff partnership with ten or more series over three years (the
# target is under 2 s). Two measurements:
#  1. in process (dev.cluster.bench.LargeRotaBenchmark): planning and rendering each format, no loading;
# Both with `balance: per-series` and `balance: across-series` (SPEC section 11; the target: within 2x).
#  2. the whole command, `./cluster rota --year 2026-27` on the files LargePartnership writes (loading 500
#     rosters included), median of RUNS runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./cluster --version >/dev/null    # builds the jar (and its class-data archive) when stale
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.cluster.bench.LargeRotaBenchmark

java -cp target/test-classes:target/cluster.jar dev.cluster.testing.LargePartnership "$work/large" 500 50 >/dev/null
for balance in per-series across-series; do
  sed "s/^partnership:\$/partnership:\n  balance: $balance/" "$work/large/partnership.yaml" \
    > "$work/large/$balance.yaml"
  for format in markdown csv json ics; do
    times=()
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N)
      ./cluster -f "$work/large/$balance.yaml" --today 2026-11-23 rota --year 2026-27 --format "$format" \
        >/dev/null 2>&1
      t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '  balance: %-13s ./cluster rota --year 2026-27 --format %-8s (500 rosters loaded): median %5d ms\n' \
      "$balance" "$format" "$median"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
