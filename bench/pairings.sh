#!/usr/bin/env bash
# Pairing engine benchmark: time to the proven optimum at 4, 6, 12 and 60 schools, and at 500 schools x 2
# peers the time and the gap to the bound (also with visit: and 5% of school pairs in forbid:, SPEC section 11). Seeded partnerships (one headteacher per school, a deputy at every
# third, focus tags and expertise, reciprocal: avoid, avoid-repeat: 2, match: focus), built in code by
# dev.cluster.bench.PairingBenchmark on the test class path. Two kinds of history: random earlier rounds, and
# earlier years planned by cluster itself (the cycle a real partnership goes through). Times are the best of
# three whole `plan` calls on a warm JVM with the default JIT; `./cluster` runs C1 only (faster start-up), so
# a single cold run through the launcher takes longer: the last lines time that too.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
sizes=(4x1 6x2 12x3 60x3 500x2)
echo "Random history, focus tags 2 of 7:"
java -cp "$cp" dev.cluster.bench.PairingBenchmark "${sizes[@]}"
echo
echo "History planned year after year since 2020-21, focus tags 1 of 7:"
java -cp "$cp" -Dbench.history=planned -Dbench.tags=1 dev.cluster.bench.PairingBenchmark "${sizes[@]}"
echo
echo "The same with reciprocal: forbid and avoid-repeat: 4:"
java -cp "$cp" -Dbench.history=planned -Dbench.tags=1 -Dbench.reciprocal=FORBID -Dbench.avoid=4 \
  dev.cluster.bench.PairingBenchmark "${sizes[@]}"
echo
echo "500 schools x 2 peers with visit: (one day, Tuesday to Thursday) and 5% of school pairs in forbid:"
java -cp "$cp" -Dbench.visit=true -Dbench.forbid=0.05 dev.cluster.bench.PairingBenchmark 60x3 500x2
echo
echo "End to end through ./cluster (cold JVM, C1 only), the repository's partnership:"
./cluster --today 2026-11-23 pairings --format csv >/dev/null   # builds when needed
start=$(date +%s%N)
./cluster --today 2026-11-23 pairings --format json >/dev/null
echo "./cluster pairings: $(( ($(date +%s%N) - start) / 1000000 )) ms"
