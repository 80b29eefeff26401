package dev.cluster.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small well-formedness checker for the GitHub-flavoured Markdown this tool writes (there is no
 * GFM parser in the build): every table row has the header's number of cells, every fenced block is
 * closed, and every {@code mermaid} block is a gantt chart whose lines follow the gantt grammar.
 * Returns the problems found, each naming its line; an empty list means well-formed.
 */
public final class Gfm {
  private static final Pattern DELIMITER_ROW = Pattern.compile("\\|( *:?-{3,}:? *\\|)+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A gantt task: {@code title :[tags, ]id, YYYY-MM-DD, Nd}; the title holds no {@code : ; #}. */
  static final Pattern TASK =
      Pattern.compile(
          " {4}(?<title>[^:;#\\s][^:;#]*?) :(?<tags>(?:(?:done|active|crit|milestone), )*)"
              + "(?<id>[A-Za-z][A-Za-z0-9_]*), (?<date>\\d{4}-\\d{2}-\\d{2}), (?<days>[1-9]\\d*)d");

  private static final Pattern SECTION = Pattern.compile(" {4}section [^:;#\\s][^:;#]*");
  private static final Pattern TITLE = Pattern.compile(" {4}title [^:;#\\s][^:;#]*");

  private Gfm() {}

  /** The problems of {@code markdown}, each as {@code line N: what}. */
  public static List<String> problems(String markdown) {
    List<String> out = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    if (markdown.contains("\r")) {
      out.add("the text has a carriage return: lines must end in \\n only");
    }
    int fenceStart = -1;
    String fenceLang = null;
    List<String> fenced = new ArrayList<>();
    int header = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("```")) {
        if (fenceStart < 0) {
          fenceStart = i;
          fenceLang = line.substring(3).trim();
          fenced.clear();
        } else {
          if (fenceLang.equals("mermaid")) {
            out.addAll(gantt(fenced, fenceStart + 2));
          }
          fenceStart = -1;
        }
        continue;
      }
      if (fenceStart >= 0) {
        fenced.add(line);
        continue;
      }
      if (line.startsWith("|")) {
        int cells = cells(line);
        if (header < 0) {
          header = cells;
          if (i + 1 >= lines.length || !DELIMITER_ROW.matcher(lines[i + 1]).matches()) {
            out.add("line " + (i + 1) + ": a table header must be followed by a delimiter row");
          }
        } else if (cells != header) {
          out.add(
              "line "
                  + (i + 1)
                  + ": "
                  + cells
                  + " cells in a table of "
                  + header
                  + " columns: "
                  + line);
        }
        if (!line.endsWith("|") || line.endsWith("\\|")) {
          out.add("line " + (i + 1) + ": a table row must end with an unescaped |");
        }
      } else {
        if (header >= 0 && !line.isBlank() && !line.startsWith("#")) {
          out.add(
              "line "
                  + (i + 1)
                  + ": text straight after a table becomes a row of it: add a blank line");
        }
        header = -1;
      }
    }
    if (fenceStart >= 0) {
      out.add("line " + (fenceStart + 1) + ": a fenced block is never closed");
    }
    return out;
  }

  /** The number of cells of a table row: unescaped pipes, less the outer ones. */
  static int cells(String row) {
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        pipes++;
      }
    }
    return pipes - 1;
  }

  /**
   * The gantt grammar, line by line: header, title, dateFormat, axisFormat, sections, tasks with
   * unique ids.
   */
  static List<String> gantt(List<String> lines, int firstLine) {
    List<String> out = new ArrayList<>();
    if (lines.isEmpty() || !lines.get(0).equals("gantt")) {
      out.add("line " + firstLine + ": a mermaid block must start with `gantt`");
      return out;
    }
    Set<String> ids = new HashSet<>();
    boolean dateFormat = false;
    boolean section = false;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int n = firstLine + i;
      if (line.equals("    dateFormat YYYY-MM-DD")) {
        dateFormat = true;
      } else if (TITLE.matcher(line).matches() || line.matches(" {4}axisFormat [%a-zA-Z ]+")) {
        continue;
      } else if (SECTION.matcher(line).matches()) {
        section = true;
      } else {
        var m = TASK.matcher(line);
        if (!m.matches()) {
          out.add("line " + n + ": not a gantt statement: " + line);
        } else {
          if (!dateFormat || !section) {
            out.add("line " + n + ": a task before dateFormat or before its section");
          }
          if (!ids.add(m.group("id"))) {
            out.add("line " + n + ": task id " + m.group("id") + " is used twice");
          }
          if (!DATE.matcher(m.group("date")).matches()) {
            out.add("line " + n + ": bad date");
          }
          try {
            java.time.LocalDate.parse(m.group("date"));
          } catch (java.time.format.DateTimeParseException e) {
            out.add("line " + n + ": not a date: " + m.group("date"));
          }
        }
      }
    }
    if (!dateFormat) {
      out.add("line " + firstLine + ": the gantt chart has no `dateFormat YYYY-MM-DD`");
    }
    return out;
  }
}
