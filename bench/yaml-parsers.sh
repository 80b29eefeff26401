#!/usr/bin/env bash
# What reading partnership.yaml through Jackson's YAML module cost at start-up, against SnakeYAML's event
# parser (the one Jackson's module wraps, which cluster now uses directly). Three toys, each run with the
# launcher's JVM flags and its own start-up record (JDK 25+: AOT cache; older: CDS archive), against a
# bare `java Hello`: Jackson's YAMLParser reading every token of the repository's partnership.yaml (its
# text and place), SnakeYAML's ParserImpl reading every event of it (the same), and a hello world that
# touches java.math.BigDecimal, which Jackson's parser base class initialises (on JDK 25 BigDecimal's
# static initialiser works out 5^65536, in the interpreter), against one that touches BigInteger. RUNS rounds (default 11), the order turning
# each round; medians printed.
#   bench/yaml-parsers.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/yaml-parsers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/toys.sh
. bench/toys.sh
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/classpath" >/dev/null 2>&1
libs=$(tr ':' '\n' <"$tmp/classpath" | grep -E '/(jackson-core|jackson-dataformat-yaml|snakeyaml)-[0-9.]+\.jar$' |
  paste -sd: -)
[ "$(tr ':' '\n' <<<"$libs" | wc -l)" -eq 3 ] || { echo "$0: jackson-core, its YAML module and SnakeYAML not found" >&2; exit 1; }
yaml=$PWD/partnership.yaml

mkdir "$tmp/toys"
cat >"$tmp/toys/Jackson.java" <<'JAVA'
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
public class Jackson {
  public static void main(String[] a) throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(a[0]));
    int n = 0;
    try (JsonParser p = new YAMLFactory().createParser(new java.io.StringReader(text))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken(), n++) {
        n += p.currentTokenLocation().getLineNr() > 0 && t.isScalarValue() ? p.getText().length() : 0;
      }
    }
    System.out.println(n);
  }
}
JAVA
cat >"$tmp/toys/Snake.java" <<'JAVA'
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
public class Snake {
  public static void main(String[] a) throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(a[0]));
    int n = 0;
    ParserImpl p = new ParserImpl(new StreamReader(text), new LoaderOptions());
    for (Event e = p.getEvent(); !e.is(Event.ID.StreamEnd); e = p.getEvent(), n++) {
      n += e.getStartMark().getLine() >= 0 && e instanceof ScalarEvent s ? s.getValue().length() : 0;
    }
    System.out.println(n);
  }
}
JAVA
cat >"$tmp/toys/Plain.java" <<'JAVA'
public class Plain {
  public static void main(String[] a) {
    System.out.println(java.math.BigInteger.ONE);
  }
}
JAVA
cat >"$tmp/toys/Decimal.java" <<'JAVA'
public class Decimal {
  public static void main(String[] a) {
    System.out.println(java.math.BigDecimal.ONE);
  }
}
JAVA
"$javac" -cp "$libs" -d "$tmp/toys" "$tmp/toys"/*.java
(cd "$tmp/toys" && "$jar" cf ../toys.jar ./*.class)
cp="$tmp/toys.jar:$libs"
jackson=$(record Jackson "$cp" "$yaml")
snake=$(record Snake "$cp" "$yaml")
decimal=$(record Decimal "$cp")
plain=$(record Plain "$cp")

labels=("java Hello" "Jackson's YAMLParser" "SnakeYAML's ParserImpl" "hello, touching BigDecimal" "hello, touching BigInteger")
run() {
  case $1 in
    0) hello ;;
    1) toy "$jackson" "$cp" Jackson "$yaml" ;;
    2) toy "$snake" "$cp" Snake "$yaml" ;;
    3) toy "$decimal" "$cp" Decimal ;;
    4) toy "$plain" "$cp" Plain ;;
  esac
}
rounds
medians
finish "partnership.yaml through Jackson costs $(($(median 1) - $(median 2))) ms more than through" \
  "SnakeYAML; initialising BigDecimal $(($(median 3) - $(median 4))) ms"
