package dev.cluster.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cluster.model.Diagnostic;
import dev.cluster.model.Location;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {
  @Test
  void anErrorNamesItsFileLineAndColumn() {
    // given
    Diagnostic d = Diagnostic.error(new Location("rosters/a.csv", 3, 2), "`Ned` has no role");

    // when / then
    assertThat(GithubAnnotations.command(d))
        .isEqualTo("::error file=rosters/a.csv,line=3,col=2::`Ned` has no role");
  }

  @Test
  void aWarningWithNoPlaceNamesOnlyItsFile() {
    assertThat(GithubAnnotations.command(Diagnostic.warning(Location.of("actions.csv"), "empty")))
        .isEqualTo("::warning file=actions.csv::empty");
  }

  @Test
  void percentAndLineBreaksAreEscapedInTheMessageAndCommaAndColonAlsoInTheFile() {
    // given: a message that would otherwise end the command early or be read as an escape
    Diagnostic d = Diagnostic.error(new Location("a,b:c%d\\e.csv", 1, 1), "50% done\r\nnext: a, b");

    // when
    String command = GithubAnnotations.command(d);

    // then
    assertThat(command)
        .isEqualTo("::error file=a%2Cb%3Ac%25d/e.csv,line=1,col=1::50%25 done%0D%0Anext: a, b");
  }

  @Test
  void aFileUnderTheWorkspaceIsNamedRelativeToIt() {
    // given
    Diagnostic d = Diagnostic.error(new Location("/home/runner/work/p/p/rosters/a.csv", 2, 1), "x");

    // when / then
    assertThat(GithubAnnotations.command(d, java.nio.file.Path.of("/home/runner/work/p/p")))
        .isEqualTo("::error file=rosters/a.csv,line=2,col=1::x");
    assertThat(GithubAnnotations.command(d, java.nio.file.Path.of("/elsewhere")))
        .startsWith("::error file=/home/runner/work/p/p/rosters/a.csv,");
  }
}
