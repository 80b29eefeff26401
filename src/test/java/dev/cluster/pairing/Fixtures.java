package dev.cluster.pairing;

import static dev.cluster.testing.ModelBuilder.expert;
import static dev.cluster.testing.ModelBuilder.historyRow;
import static dev.cluster.testing.ModelBuilder.year;
import static dev.cluster.testing.ModelBuilder.year2026;

import dev.cluster.model.HistoryRow;
import dev.cluster.model.Partnership;
import dev.cluster.model.Person;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.model.ReviewProgramme.Reciprocal;
import dev.cluster.model.School;
import dev.cluster.testing.ModelBuilder;
import java.time.LocalDate;
import java.util.List;

/** A small hand-made partnership for pairing tests (every name invented). */
public final class Fixtures {
  private Fixtures() {}

  public static School school(
      String id, String name, List<String> focus, String external, Person... staff) {
    return new School(
        id,
        name,
        "1 High Street",
        "rosters/" + id + ".csv",
        null,
        null,
        List.of(),
        focus,
        external,
        List.of(staff),
        ModelBuilder.HERE);
  }

  /**
   * Four schools, one Collaborative Enquiry programme (1 peer head, match focus, external listed).
   */
  public static Partnership four(List<HistoryRow> history) {
    List<School> schools =
        List.of(
            school(
                "fleet",
                "Fleet Primary School",
                List.of("reading", "SEND"),
                "Borough Partner",
                expert("ana", "Ana Whitfield", List.of("headteacher"), List.of("maths")),
                expert("bo", "Bo Lindqvist", List.of("deputy-head"), List.of("reading"))),
            school(
                "gospel-oak",
                "Gospel Oak Primary",
                List.of("maths"),
                "Borough Partner",
                expert("cy", "Cy Okafor", List.of("headteacher"), List.of("reading", "send"))),
            school(
                "rhyl",
                "Rhyl Primary School",
                List.of("writing"),
                null,
                expert("di", "=Di <b>Marsh</b>", List.of("headteacher"), List.of("Maths "))),
            school(
                "netley",
                "Netley Primary | School",
                List.of("reading"),
                "Borough Partner",
                expert("ed", "Ed *Quill*", List.of("headteacher"), List.of("writing"))));
    ReviewProgramme enquiry =
        new ReviewProgramme(
            "enquiry",
            "Collaborative Enquiry",
            1,
            1,
            List.of("headteacher"),
            null,
            Reciprocal.AVOID,
            2,
            true,
            "headteacher",
            true,
            "history/*.csv",
            ModelBuilder.HERE);
    ReviewProgramme visits =
        new ReviewProgramme(
            "visits",
            "Heads' visits",
            2,
            2,
            List.of("headteacher"),
            2,
            Reciprocal.ALLOW,
            1,
            false,
            null,
            false,
            "history/*.csv",
            ModelBuilder.HERE);
    return ModelBuilder.partnership(
        List.of(year("2025-26", LocalDate.of(2025, 9, 3), List.of()), year2026()),
        schools,
        List.of(),
        List.of(enquiry, visits),
        List.of(),
        history);
  }

  /** Last year's Collaborative Enquiry: each school reviewed by the next in file order. */
  public static List<HistoryRow> lastYear() {
    return List.of(
        historyRow("enquiry", "2025-26", 1, "fleet", "Cy Okafor", "gospel-oak"),
        historyRow("enquiry", "2025-26", 1, "gospel-oak", "Di Marsh", "rhyl"),
        historyRow("enquiry", "2025-26", 1, "rhyl", "Ed Quill", "netley"),
        historyRow("enquiry", "2025-26", 1, "netley", "Ana Whitfield", "fleet"));
  }
}
