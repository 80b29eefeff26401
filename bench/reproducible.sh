#!/usr/bin/env bash
# Checks that the build is reproducible: two clean builds of the working tree (`mvn clean package`, tests
# skipped) must give a byte-identical target/cluster.jar. Prints both SHA-256 sums; exits 1 when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn="mvn"
command -v mvn >/dev/null 2>&1 || mvn=./mvnw
sums=()
for build in 1 2; do
  "$mvn" -q -DskipTests clean package >/dev/null
  sums+=("$(sha256sum target/cluster.jar | cut -d' ' -f1)")
  echo "build $build: target/cluster.jar sha256 ${sums[-1]}"
  [ "$build" = 2 ] || sleep 2 # a later clock, so that a timestamp taken from it would show
done
[ "${sums[0]}" = "${sums[1]}" ] || { echo "NOT reproducible: the two jars differ" >&2; exit 1; }
echo "reproducible: the two builds give the same jar"
