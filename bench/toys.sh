# Shared by the benchmarks (bench/rota-startup.sh, and the toys: bench/picocli-model.sh, lambda-linkage.sh,
# yaml-parsers.sh); sourced, not run, from the repository's root. It sets `runs` (RUNS, default 11), `java`,
# `javac` and `jar` (JAVA_HOME's, else the PATH's), `flags` (the launcher's JVM flags) and `tmp` (a folder
# removed on exit), and compiles the bare `java Hello` every figure is set against (`hello` runs it).
# `record NAME CLASSPATH ARGS...` makes the start-up record of one run of class NAME (JDK 25+: AOT cache;
# older: CDS archive), stopping the script if none was made, and prints the flag that uses it; `toy FLAG
# CLASSPATH NAME ARGS...` runs class NAME with the launcher's flags and that record. The script then defines
# `labels` (one per command) and `run I` (runs command I), and calls `rounds`: RUNS rounds, each running
# every command once, the order turning each round so that a change in the machine's load hits all of them
# alike; each wall time in ms goes to $tmp/times. `median I` is command I's median (`median I 3`: of the
# third column, where a script writes one); `medians` prints every command's; `finish TEXT` prints TEXT
# after the JDK's version, then the load average.
runs=${RUNS:-11}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
# the launcher's own `startup_flags=(...)` line, so that the toys run as cluster does
eval "$(grep -m1 '^startup_flags=(' cluster | sed 's/^startup_flags=/flags=/')"
[ ${#flags[@]} -gt 0 ] || { echo "bench: no startup_flags=( line in ./cluster" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/hello"
cat >"$tmp/hello/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"$javac" -d "$tmp/hello" "$tmp/hello/Hello.java"
hello() {
  "$java" -cp "$tmp/hello" Hello
}
rounds() {
  local count=${#labels[@]} round k i s
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; median of $runs rounds"
  for round in $(seq "$runs"); do
    for k in $(seq 0 $((count - 1))); do
      i=$(((round + k) % count))
      s=$(date +%s%N)
      run "$i" >/dev/null
      echo "$i $((($(date +%s%N) - s) / 1000000))" >>"$tmp/times"
    done
  done
}
median() {
  awk -v i="$1" -v c="${2:-2}" '$1 == i {print $c}' "$tmp/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
medians() {
  local i
  for i in "${!labels[@]}"; do
    printf '  %-40s %5s ms\n' "${labels[$i]}" "$(median "$i")"
  done
}
record() {
  local name=$1 cp=$2 made use
  shift 2
  if [ "$("$java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]}')" -ge 25 ]; then
    made=$tmp/$name.aot use=-XX:AOTCache=$made
    "$java" "${flags[@]}" -XX:AOTCacheOutput="$made" -Xlog:disable -cp "$cp" "$name" "$@" >/dev/null 2>&1 || true
  else
    made=$tmp/$name.jsa use=-XX:SharedArchiveFile=$made
    "$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$made" -Xlog:disable -cp "$cp" "$name" "$@" >/dev/null 2>&1 || true
  fi
  [ -s "$made" ] || { echo "$0: the start-up record $made was not made" >&2; exit 1; }
  echo "$use"
}
toy() {
  local use=$1 cp=$2
  shift 2
  "$java" "${flags[@]}" "$use" -Xlog:disable -cp "$cp" "$@"
}
finish() {
  echo "$("$java" -version 2>&1 | head -1): $*"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
