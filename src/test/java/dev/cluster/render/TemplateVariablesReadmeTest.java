package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.agenda.AgendaView;
import dev.cluster.report.ReportView;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of template variables (section Templates) name exactly the components of the
 * views' records: a variable added, renamed or dropped in the code shows here until the README says
 * so too.
 */
class TemplateVariablesReadmeTest {
  /**
   * Words in backticks in the tables that are not variables: a value one can have ({@code nobody})
   * and a key of the data a value comes from ({@code left}).
   */
  static final Set<String> NOT_VARIABLES = Set.of("nobody", "left");

  @Test
  void theAgendaTableNamesTheAgendaViewsComponents() throws IOException {
    assertSame("### `agenda.md.mustache`", AgendaView.View.class);
  }

  @Test
  void theReportTableNamesTheReportViewsComponents() throws IOException {
    assertSame("### `report.md.mustache` and `report-summary.md.mustache`", ReportView.View.class);
  }

  private static void assertSame(String heading, Class<?> view) throws IOException {
    Set<String> documented = documented(heading);
    Set<String> components = new TreeSet<>();
    collect(view, Map.of(), components);

    assertThat(documented).as("variables the README's table %s names", heading).isNotEmpty();
    assertThat(documented)
        .as("the README's table %s names every component of %s", heading, view.getName())
        .containsAll(components);
    documented.removeAll(NOT_VARIABLES);
    assertThat(components)
        .as("every variable the README's table %s names is a component of %s", heading, view)
        .containsAll(documented);
  }

  /** The names in backticks in the table under {@code heading}. */
  private static Set<String> documented(String heading) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int at = lines.indexOf(heading);
    assertThat(at).as("the README has the heading %s", heading).isNotNegative();
    Set<String> names = new TreeSet<>();
    Pattern code = Pattern.compile("`([^`]*)`");
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      if (lines.get(i).startsWith("| `")) {
        Matcher m = code.matcher(lines.get(i));
        while (m.find()) {
          if (m.group(1).matches("[a-z][A-Za-z]*")) {
            names.add(m.group(1));
          }
        }
      }
    }
    return names;
  }

  /** The names of the record components reachable from {@code type}, through lists and records. */
  private static void collect(Type type, Map<TypeVariable<?>, Type> bindings, Set<String> out) {
    if (type instanceof TypeVariable<?> v) {
      collect(bindings.get(v), Map.of(), out);
    } else if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type[] args = pt.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        collect(args[0], bindings, out);
      } else if (raw.isRecord()) {
        Map<TypeVariable<?>, Type> inner = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
          inner.put(
              raw.getTypeParameters()[i],
              args[i] instanceof TypeVariable<?> v ? bindings.get(v) : args[i]);
        }
        components(raw, inner, out);
      }
    } else if (type instanceof Class<?> c && c.isRecord()) {
      components(c, Map.of(), out);
    }
  }

  private static void components(
      Class<?> record, Map<TypeVariable<?>, Type> bindings, Set<String> out) {
    for (RecordComponent c : record.getRecordComponents()) {
      out.add(c.getName());
      collect(c.getGenericType(), bindings, out);
    }
  }
}
