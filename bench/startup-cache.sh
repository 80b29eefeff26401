#!/usr/bin/env bash
# Checks that ./cluster's start-up record follows the JVM that runs it (issue 9, item 13). For each JDK given
# (default: the JDK 17 and Temurin 25 installed here) it copies the JDK, runs ./cluster through the copy (which
# records a class-data archive on JDK 17, an ahead-of-time cache on JDK 25), checks that the JVM accepts the
# record when told to insist on it, regenerates the copy's base archive with `java -Xshare:dump` (what an
# update of the JDK does), and checks that the next ./cluster records again and that the new record is accepted.
# Prints one line per JDK and exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
jdks=("$@")
[ ${#jdks[@]} -gt 0 ] || jdks=(/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64)
./cluster --version >/dev/null # the jar, built if needed
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL ($1): $2" >&2; exit 1; }

# The record the launcher keeps for the JVM at $1 (found by its key), or nothing.
record_of() {
  local key
  for key in target/startup/*.key; do
    [ -f "$key" ] && grep -q "^java.home=$1 " "$key" && { echo "${key%.key}"; return; }
  done
  return 0
}

# Runs the JVM at $1 insisting on the record $2 (a refused record is then an error, not a slow start).
insists() {
  local flags
  eval "$(grep -m1 '^startup_flags=(' cluster | sed 's/^startup_flags=/flags=/')" # the launcher's
  case $2 in
    *.aot) flags+=(-XX:AOTMode=on -XX:AOTCache="$2") ;;
    *) flags+=(-Xshare:on -XX:SharedArchiveFile="$2") ;;
  esac
  "$1/bin/java" "${flags[@]}" -jar target/cluster.jar --today 2026-11-23 rota >/dev/null 2>"$tmp/why"
}

for jdk in "${jdks[@]}"; do
  name=$(basename "$jdk")
  copy="$tmp/$name"
  cp -a "$jdk" "$copy"
  JAVA_HOME="$copy" ./cluster --today 2026-11-23 rota >/dev/null
  rec=$(record_of "$copy")
  [ -n "$rec" ] || fail "$name" "no start-up record was made for $copy"
  insists "$copy" "$rec" || fail "$name" "the JVM refuses the new record: $(head -3 "$tmp/why")"
  sleep 1 # a new modification time for the base archive
  "$copy/bin/java" -Xshare:dump -Xlog:disable >/dev/null 2>&1
  refused=accepted
  insists "$copy" "$rec" || refused=refused
  JAVA_HOME="$copy" ./cluster --today 2026-11-23 rota >/dev/null
  [ "$rec" -nt "$copy/lib/server/classes.jsa" ] || fail "$name" "the launcher kept the record made before -Xshare:dump"
  insists "$copy" "$rec" || fail "$name" "the JVM refuses the re-recorded record: $(head -3 "$tmp/why")"
  rm -f "$rec" "$rec.key"
  echo "ok $name: recorded $(basename "$rec"); after -Xshare:dump the old record was $refused by the JVM and the launcher recorded it again"
done
