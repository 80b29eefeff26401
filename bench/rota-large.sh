#!/usr/bin/env bash
# A year's rota for a 500-school, 25,000-staff partnership with ten series over three years (the target is
# under 2 s). Builds the test classes, then runs dev.cluster.bench.LargeRotaBenchmark on the test class path.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.cluster.bench.LargeRotaBenchmark
