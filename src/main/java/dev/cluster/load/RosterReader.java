package dev.cluster.load;

import dev.cluster.model.Location;
import dev.cluster.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one school's staff roster (SPEC sections 3 and 10) into people, keeping only the columns
 * the tool needs: a column holding sensitive personal data is an error and is never read.
 */
final class RosterReader {
  /**
   * Year groups written together in one cell (a mixed-age class): {@code Y3/Y4}, {@code Y5 & Y6}.
   */
  private static final java.util.regex.Pattern YEAR_GROUPS =
      java.util.regex.Pattern.compile("\\s*[;/&,]\\s*");

  /**
   * The roster's columns and the headers (compared form) accepted for each, in order of preference:
   * when several are present, the first in this order is read.
   */
  static final Map<String, List<String>> COLUMNS = columns();

  /**
   * With no name column, the name is the first non-empty of these, a space, the first non-empty of
   * the next.
   */
  static final List<String> FORENAMES =
      List.of("preferredforename", "knownas", "firstname", "forename");

  static final List<String> SURNAMES = List.of("preferredsurname", "lastname", "surname");

  private static Map<String, List<String>> columns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("name", List.of("name", "fullname", "displayname", "staffname"));
    m.put("role", List.of("role", "roles", "staffrole", "jobtitle", "post", "position"));
    m.put("email", List.of("email", "emailaddress", "workemail", "workemailaddress"));
    m.put("year-group", List.of("yeargroup", "year"));
    m.put("subjects", List.of("subjects", "subject"));
    m.put("expertise", List.of("expertise"));
    m.put("id", List.of("id", "personid", "staffid", "staffcode"));
    m.put("review-load", List.of("reviewload"));
    return m;
  }

  /**
   * Parts of a header (normalised, {@code .} removed) that mark sensitive personal data (SPEC
   * section 10).
   */
  static final List<String> SENSITIVE_PARTS =
      List.of(
          "birth",
          "dob",
          "nationalinsurance",
          "nino",
          "ninumber",
          "ethnic",
          "religio",
          "sexualorientation",
          "disabilit",
          "medical",
          "health",
          "passport",
          "bank",
          "sortcode",
          "salary",
          "postcode",
          "postalcode",
          "homeaddress",
          "homephone",
          "mobile",
          "personalemail",
          "personalphone");

  /** Headers (normalised, {@code .} removed) that are sensitive as a whole. */
  static final Set<String> SENSITIVE_WHOLE = Set.of("gender", "sex", "address");

  private RosterReader() {}

  /**
   * Whether a header (as written) names a column of sensitive personal data the tool must not hold.
   */
  static boolean isSensitive(String header) {
    String h = Names.header(header).replace(".", "");
    if (SENSITIVE_WHOLE.contains(h)) {
      return true;
    }
    for (String part : SENSITIVE_PARTS) {
      if (h.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people of {@code table}; {@code renames} maps a roster column to the header(s) the file
   * uses instead (a school's {@code columns:}; only {@code name} may have several, joined with a
   * space). Returns null when a required column is missing or a column is sensitive.
   */
  static List<Person> read(
      CsvTable table, Map<String, List<String>> renames, RoleNames roleNames, Problems problems) {
    String file = table.file;
    boolean ok = true;
    for (int i = 0; i < table.header.size(); i++) {
      String h = table.header.get(i);
      if (isSensitive(h)) {
        problems.error(
            new Location(file, table.headerLine, i + 1),
            "column `"
                + excerpt(h)
                + "` holds sensitive "
                + "personal data, which cluster never loads; remove the column from the file (cluster needs only "
                + "name, role, email, year group, subjects and expertise)");
        ok = false;
      }
    }
    Map<String, int[]> index = new HashMap<>();
    for (var c : COLUMNS.entrySet()) {
      List<String> renamed = renames.get(c.getKey());
      int[] at;
      if (renamed != null) {
        at = new int[renamed.size()];
        for (int i = 0; i < renamed.size(); i++) {
          at[i] = table.column(List.of(Names.header(renamed.get(i))));
          if (at[i] < 0) {
            problems.error(
                new Location(file, table.headerLine, 1),
                "no column `"
                    + renamed.get(i)
                    + "` (named for `"
                    + c.getKey()
                    + "` in the school's `columns:`); the headers are "
                    + excerpt(String.join(", ", table.header)));
            ok = false;
          }
        }
      } else {
        at = new int[] {table.firstColumn(c.getValue())};
      }
      for (int i = 0; i < at.length; i++) {
        if (at[i] >= 0 && isSensitive(table.header.get(at[i]))) {
          at[i] = -1;
        }
      }
      index.put(c.getKey(), at);
    }
    // With no name column, a split name: forename and surname, as a management information system
    // exports.
    int[] forenames = null;
    int[] surnames = null;
    if (index.get("name")[0] < 0 && renames.get("name") == null) {
      forenames = presentColumns(table, FORENAMES);
      surnames = presentColumns(table, SURNAMES);
      if (forenames.length > 0 && surnames.length == 0
          || forenames.length == 0 && surnames.length > 0) {
        String has = table.header.get(forenames.length > 0 ? forenames[0] : surnames[0]);
        problems.error(
            new Location(file, table.headerLine, 1),
            "the roster has `"
                + excerpt(has)
                + "` but no "
                + (forenames.length > 0 ? "surname" : "forename")
                + " column; add one (`"
                + (forenames.length > 0 ? "Surname" : "Forename")
                + "`), or name the columns that hold the name with "
                + "`columns: { name: [Forename, Surname] }` under the school in partnership.yaml");
        return null;
      }
      if (forenames.length == 0) {
        forenames = null;
        surnames = null;
      }
    }
    for (String required : List.of("name", "role")) {
      boolean split = required.equals("name") && forenames != null;
      if (index.get(required)[0] < 0 && renames.get(required) == null && !split) {
        problems.error(
            new Location(file, table.headerLine, 1),
            "the roster has no `"
                + required
                + "` column"
                + (required.equals("name") ? " (nor `Forename` and `Surname`)" : "")
                + "; add one, or name the "
                + "column that holds it with `columns: { "
                + required
                + ": ... }` under the school in "
                + "partnership.yaml");
        ok = false;
      }
    }
    if (!ok || index.get("role")[0] < 0) {
      return null;
    }
    int[] nameAt = index.get("name");
    int roleAt = index.get("role")[0];
    int emailAt = index.get("email")[0];
    int yearAt = index.get("year-group")[0];
    int subjectsAt = index.get("subjects")[0];
    int expertiseAt = index.get("expertise")[0];
    int idAt = index.get("id")[0];
    int nameColumn = forenames != null ? forenames[0] : nameAt[0];
    int loadAt = index.get("review-load")[0];

    // Explicit ids first, so that a generated slug never takes an id someone wrote down.
    Map<String, Integer> explicitIds = new HashMap<>();
    for (CsvTable.Row row : table.rows) {
      String id = row.cell(idAt);
      if (row.isBlank() || id.isEmpty()) {
        continue;
      }
      Location at = new Location(file, row.line(), idAt + 1);
      // A management-information-system export brings its own staff codes (`GO130`, `T 12`): SPEC
      // sets no
      // format for person ids, so they are kept as written; only a repeat is an error.
      if (explicitIds.containsKey(id)) {
        problems.error(
            at,
            "person id `"
                + id
                + "` is used twice in this roster (first on row "
                + explicitIds.get(id)
                + "); ids must be unique within a school");
      } else {
        explicitIds.put(id, row.line());
      }
    }
    Set<String> taken = new LinkedHashSet<>(explicitIds.keySet());
    List<Person> people = new ArrayList<>();
    for (CsvTable.Row row : table.rows) {
      if (row.isBlank()) {
        continue;
      }
      String name =
          forenames != null
              ? join(firstNonEmpty(row, forenames), firstNonEmpty(row, surnames))
              : join(cells(row, nameAt));
      if (name.isEmpty()) {
        problems.error(
            new Location(file, row.line(), nameColumn + 1),
            "this row has no name; fill it in or " + "delete the row");
        continue;
      }
      List<String> roles = new ArrayList<>();
      for (String r : split(row.cell(roleAt))) {
        String role = roleNames.of(r);
        if (!role.isEmpty() && !roles.contains(role)) {
          roles.add(role);
        }
      }
      if (roles.isEmpty()) {
        problems.error(
            new Location(file, row.line(), roleAt + 1),
            "`"
                + name
                + "` has no role; write one "
                + "or more roles separated by `;`, for example `Class Teacher; English Lead`");
      }
      String yearGroup = null;
      String written = row.cell(yearAt);
      if (!written.isEmpty()) {
        String[] groups = YEAR_GROUPS.split(written);
        yearGroup = Names.yearGroup(groups[0]);
        if (yearGroup != null && groups.length > 1) {
          // a mixed-age class: the model holds one year group per person
          problems.warning(
              new Location(file, row.line(), yearAt + 1),
              "`"
                  + name
                  + "` has more than one year "
                  + "group (`"
                  + written
                  + "`); cluster keeps one per person, so they are taken as "
                  + yearGroup);
        }
        if (yearGroup == null) {
          problems.error(
              new Location(file, row.line(), yearAt + 1),
              "unknown year group `"
                  + written
                  + "` for `"
                  + name
                  + "`; use one of FS, Y1, Y2, Y3, Y4, Y5, Y6 (or Reception, Year 4)");
        }
      }
      String id = row.cell(idAt);
      if (id.isEmpty()) {
        String base = Names.slug(name);
        id = base;
        for (int n = 2; taken.contains(id); n++) {
          id = base + "-" + n;
        }
      }
      taken.add(id);
      String email = row.cell(emailAt);
      people.add(
          new Person(
              id,
              name,
              roles,
              email.isEmpty() ? null : email,
              yearGroup,
              split(row.cell(subjectsAt)),
              split(row.cell(expertiseAt)),
              row.line(),
              reviewLoad(row, loadAt, name, file, problems)));
    }
    return people;
  }

  /**
   * The {@code review-load} cell (SPEC section 11): a whole number from 0 (0: not reviewing), or
   * empty (no cap of their own); anything else is an error at the cell.
   */
  private static Integer reviewLoad(
      CsvTable.Row row, int at, String name, String file, Problems problems) {
    String cell = row.cell(at).trim();
    if (cell.isEmpty()) {
      return null;
    }
    if (cell.matches("[0-9]{1,6}")) {
      return Integer.valueOf(cell);
    }
    problems.error(
        new Location(file, row.line(), at + 1),
        "review-load `"
            + cell
            + "` of `"
            + name
            + "` must be "
            + "a whole number from 0 (the most reviews they take in a round; 0: not reviewing), or left empty (no "
            + "limit of their own)");
    return null;
  }

  /**
   * The 0-based indexes of the headers present among {@code names}, in the order of {@code names}.
   */
  private static int[] presentColumns(CsvTable table, List<String> names) {
    List<Integer> at = new ArrayList<>();
    for (String n : names) {
      int i = table.column(List.of(n));
      if (i >= 0 && !isSensitive(table.header.get(i))) {
        at.add(i);
      }
    }
    return at.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String firstNonEmpty(CsvTable.Row row, int[] columns) {
    for (int c : columns) {
      if (!row.cell(c).isEmpty()) {
        return row.cell(c);
      }
    }
    return "";
  }

  private static String[] cells(CsvTable.Row row, int[] columns) {
    String[] out = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      out[i] = row.cell(columns[i]);
    }
    return out;
  }

  /** The non-empty parts joined with one space. */
  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(p);
      }
    }
    return sb.toString();
  }

  /**
   * At most 60 characters of text from a file, control characters shown as `?`: safe to quote in a
   * message.
   */
  static String excerpt(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
  }

  /** A {@code ;}-separated cell as trimmed, non-empty parts. */
  static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    for (String p : cell.split(";")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }
}
