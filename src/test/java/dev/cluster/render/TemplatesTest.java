package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cluster.model.DataException;
import dev.cluster.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
  @TempDir Path dir;

  private String render(String template, Map<String, Object> view) throws Exception {
    Files.writeString(dir.resolve("agenda.md.mustache"), template);
    return new Templates(dir).render("agenda.md.mustache", view);
  }

  private Diagnostic failure(String template, Map<String, Object> view) {
    DataException e = catchThrowableOfType(DataException.class, () -> render(template, view));
    assertThat(e).as("rendering should fail").isNotNull();
    return e.diagnostics().get(0);
  }

  @Test
  void escapesDataForMarkdownNotHtml() throws Exception {
    // given a value with every character that could start markup or break a table
    Map<String, Object> view =
        Map.of("name", "A|B *c* _d_ <script>x</script> `e` [f](g) # h\nnext");

    // when
    String out = render("| {{name}} |\n", view);

    // then it is one inert cell: no tag, no code span, no link, no line break
    assertThat(out)
        .isEqualTo(
            "| A\\|B \\*c\\* \\_d\\_ &lt;script&gt;x&lt;/script&gt; \\`e\\` \\[f\\](g) \\# h next |\n");
  }

  @Test
  void tripleBracesInsertAsIs() throws Exception {
    assertThat(render("{{{raw}}} {{&raw}}", Map.of("raw", "**b**"))).isEqualTo("**b** **b**");
  }

  @Test
  void aMissingVariableIsADataErrorAtItsLine() {
    Diagnostic d = failure("# {{title}}\n\nline three {{nosuch}}\n", Map.of("title", "T"));

    assertThat(d.location().file()).isEqualTo(dir.resolve("agenda.md.mustache").toString());
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("`nosuch`").contains("variables here: title");
  }

  @Test
  void aMissingVariableInsideASectionOrAsASectionIsFoundToo() {
    Map<String, Object> item = new HashMap<>();
    item.put("name", "x");
    Map<String, Object> view = Map.of("items", List.of(item));

    Diagnostic inside = failure("a\n{{#items}}\n{{name}}\n{{wrong}}\n{{/items}}\n", view);
    Diagnostic section = failure("a\nb\n{{#nosuch}}x{{/nosuch}}\n", view);

    assertThat(inside.location().line()).isEqualTo(4);
    assertThat(inside.message()).contains("`wrong`").contains("name").contains("items");
    assertThat(section.location().line()).isEqualTo(3);
  }

  @Test
  void aNullValueIsEmptyAndFalseNotMissing() throws Exception {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("lead", null);
    view.put("minutes", 5);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("minutes", null);
    view.put("items", List.of(item));

    // an item's own null must not fall through to the outer "minutes"
    assertThat(render("[{{lead}}]{{#lead}}x{{/lead}}{{#items}}({{minutes}}){{/items}}", view))
        .isEqualTo("[]()");
  }

  @Test
  void aBrokenTemplateIsADataErrorAtItsLine() {
    Diagnostic d = failure("a\n{{#items}\n", Map.of());

    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.message()).startsWith("template cannot be read").doesNotContain("@[");
  }

  @Test
  void aPartialIsRefused() {
    assertThat(failure("{{> other}}\n", Map.of()).message()).contains("partials are not supported");
  }

  @Test
  void theOverrideIsUsedAndListedAndStrayFilesAreNamed() throws Exception {
    Files.writeString(dir.resolve("report.md.mustache"), "mine {{x}}\n");
    Files.writeString(dir.resolve("agenda.mustache"), "typo\n");
    Templates templates = new Templates(dir);

    assertThat(templates.render("report.md.mustache", Map.of("x", "1"))).isEqualTo("mine 1\n");
    assertThat(templates.overridden()).containsExactly("report.md.mustache");
    assertThat(templates.unused()).containsExactly("agenda.mustache");
    assertThat(new Templates(dir.resolve("none")).overridden()).isEmpty();
  }

  @Test
  void withoutAnOverrideTheBuiltInIsUsedAndNamedInErrors() {
    DataException e =
        catchThrowableOfType(
            DataException.class, () -> new Templates(dir).render("agenda.md.mustache", Map.of()));

    assertThat(e.diagnostics().get(0).location().file())
        .isEqualTo("templates/agenda.md.mustache (built in)");
  }

  @Test
  void exportWritesEveryBuiltInAndNeverOverwrites() throws Exception {
    Path out = dir.resolve("exported");
    Files.createDirectories(out);
    Files.writeString(out.resolve("agenda.md.mustache"), "my own\n");

    Templates.Export done = Templates.export(out);

    assertThat(done.skipped()).containsExactly(out.resolve("agenda.md.mustache"));
    assertThat(done.written()).hasSize(Templates.BUILT_IN.size() - 1);
    assertThat(Files.readString(out.resolve("agenda.md.mustache"))).isEqualTo("my own\n");
    assertThat(Files.readString(out.resolve("report.md.mustache")))
        .isEqualTo(Templates.builtIn("report.md.mustache"));
  }

  @Test
  void everyMissingVariableIsReportedAtItsLineOnce() {
    // given a template naming two variables the view lacks, one of them twice
    String template = "# {{title}}\n{{hostess}}\n{{nosuch}}\n{{hostess}}\n";

    // when
    DataException e =
        catchThrowableOfType(DataException.class, () -> render(template, Map.of("title", "Heads")));

    // then
    assertThat(e).isNotNull();
    assertThat(e.diagnostics())
        .extracting(d -> d.location().line() + " " + d.message().split(";")[0])
        .containsExactly(
            "2 template variable `hostess` does not exist",
            "3 template variable `nosuch` does not exist");
  }

  private static String nested(int depth) {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      t.append("{{#a}}\n");
    }
    t.append("x\n");
    for (int i = 0; i < depth; i++) {
      t.append("{{/a}}\n");
    }
    return t.toString();
  }

  @Test
  void sectionsNestedTooDeeplyAreAnErrorAtTheLineThatGoesTooDeep() {
    for (int depth : new int[] {TemplateShape.MAX_DEPTH + 1, 3000}) {
      Diagnostic d = failure(nested(depth), Map.of("a", true));

      assertThat(d.location().line()).as("depth %d", depth).isEqualTo(TemplateShape.MAX_DEPTH + 1);
      assertThat(d.message()).contains("nested more than " + TemplateShape.MAX_DEPTH);
    }
  }

  @Test
  void sectionsUpToTheLimitRender() throws Exception {
    assertThat(render(nested(TemplateShape.MAX_DEPTH), Map.of("a", true)).strip()).isEqualTo("x");
  }

  @Test
  void changedDelimitersAreFollowedWhenCountingDepth() {
    String t =
        "{{=<% %>=}}\n"
            + nested(TemplateShape.MAX_DEPTH + 1).replace("{{", "<%").replace("}}", "%>");

    assertThat(failure(t, Map.of("a", true)).location().line())
        .isEqualTo(TemplateShape.MAX_DEPTH + 2);
  }

  @Test
  void aPartialIsAnErrorAtItsLine() {
    Diagnostic d = failure("# T\n\n{{> other}}\n", Map.of());

    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("partials");
  }

  @Test
  void aTemplateLinkedToAFileOutsideThePartnershipIsRefusedUnread() throws Exception {
    // given templates/agenda.md.mustache -> /etc/passwd (the partnership's folder is dir's parent)
    Path outside = Files.createTempFile("secret", ".txt");
    Files.writeString(outside, "MY_SECRET=1");

    // when
    Path templates = Files.createDirectory(dir.resolve("templates"));
    Files.createSymbolicLink(templates.resolve("agenda.md.mustache"), outside);
    DataException linked =
        catchThrowableOfType(
            DataException.class,
            () -> new Templates(templates).render("agenda.md.mustache", Map.of()));

    // then
    assertThat(linked).isNotNull();
    assertThat(linked.diagnostics().get(0).message())
        .contains("outside the partnership's folder")
        .doesNotContain("MY_SECRET");
    Files.delete(outside);
  }
}
