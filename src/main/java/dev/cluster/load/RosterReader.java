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
 * Reads one school's staff roster (SPEC section 3) into people, keeping only the columns the tool needs:
 * columns holding sensitive personal data are refused with a warning and never read.
 */
final class RosterReader {
  /** The roster's columns and the headers (compared form) accepted for each. */
  static final Map<String, List<String>> COLUMNS = columns();

  private static Map<String, List<String>> columns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("name", List.of("name", "fullname", "displayname", "staffname"));
    m.put("role", List.of("role", "roles"));
    m.put("email", List.of("email", "emailaddress", "workemail"));
    m.put("year-group", List.of("yeargroup", "year"));
    m.put("subjects", List.of("subjects", "subject"));
    m.put("expertise", List.of("expertise"));
    m.put("id", List.of("id", "personid", "staffid"));
    m.put("review-load", List.of("reviewload"));
    return m;
  }

  private static final Set<String> SENSITIVE_EXACT = Set.of(
      "dob", "dateofbirth", "birthdate", "birthday", "ni", "nino", "ninumber", "nationalinsurance",
      "nationalinsurancenumber", "nationalinsuranceno", "ethnicity", "ethnicorigin", "ethnicgroup", "gender",
      "sex", "homeaddress", "address", "postcode", "homepostcode", "personalphone", "homephone",
      "homephonenumber", "personalphonenumber", "mobile", "personalmobile", "mobilephone", "mobilenumber",
      "personalemail", "homeemail", "salary", "pay", "payscale", "paypoint", "annualsalary");

  private RosterReader() {}

  /** Whether a header (as written) names a column of sensitive personal data the tool must not hold. */
  static boolean isSensitive(String header) {
    String h = Names.header(header);
    return SENSITIVE_EXACT.contains(h) || h.contains("birth") || h.contains("nationalinsurance")
        || h.contains("ethnic") || h.contains("salary") || h.contains("homeaddress");
  }

  /**
   * The people of {@code table}; {@code renames} maps a roster column to the header the file uses instead
   * (a school's {@code columns:}). Returns null when a required column is missing.
   */
  static List<Person> read(CsvTable table, Map<String, String> renames, Problems problems) {
    String file = table.file;
    for (int i = 0; i < table.header.size(); i++) {
      String h = table.header.get(i);
      if (isSensitive(h)) {
        problems.warning(new Location(file, 1, i + 1), "column `" + h + "` holds sensitive personal data and "
            + "was not loaded; remove it from the roster (cluster only needs name, role, email, year group, "
            + "subjects and expertise)");
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (var c : COLUMNS.entrySet()) {
      String renamed = renames.get(c.getKey());
      int at = renamed != null ? table.column(List.of(Names.header(renamed))) : table.column(c.getValue());
      if (at >= 0 && isSensitive(table.header.get(at))) {
        at = -1;
      }
      if (at < 0 && renamed != null) {
        problems.error(new Location(file, 1, 1), "no column `" + renamed + "` (named for `" + c.getKey()
            + "` in the school's `columns:`); the headers are " + String.join(", ", table.header));
      }
      index.put(c.getKey(), at);
    }
    boolean ok = true;
    // A spreadsheet saved with `;` between columns (Excel in much of Europe) reads as one long header.
    if (table.header.size() == 1 && table.header.get(0).contains(";")) {
      problems.error(new Location(file, 1, 1), "the columns are separated by `;`, not `,`; save the roster as"
          + " \"CSV UTF-8 (comma delimited)\"");
      return null;
    }
    for (String required : List.of("name", "role")) {
      if (index.get(required) < 0 && renames.get(required) == null) {
        problems.error(new Location(file, 1, 1), "the roster has no `" + required + "` column; add one, or "
            + "name the column that holds it with `columns: { " + required + ": ... }` under the school in "
            + "partnership.yaml");
        ok = false;
      }
    }
    if (!ok || index.get("name") < 0 || index.get("role") < 0) {
      return null;
    }
    int nameAt = index.get("name");
    int roleAt = index.get("role");
    int emailAt = index.get("email");
    int yearAt = index.get("year-group");
    int subjectsAt = index.get("subjects");
    int expertiseAt = index.get("expertise");
    int idAt = index.get("id");
    int loadAt = index.get("review-load");

    // Explicit ids first, so that a generated slug never takes an id someone wrote down.
    Map<String, Integer> explicitIds = new HashMap<>();
    for (CsvTable.Row row : table.rows) {
      String id = row.cell(idAt);
      if (row.isBlank() || id.isEmpty()) {
        continue;
      }
      Location at = new Location(file, row.line(), idAt + 1);
      // A management-information-system export brings its own staff codes (`GO130`, `T 12`): SPEC sets no
      // format for person ids, so they are kept as written; only a repeat is an error.
      if (explicitIds.containsKey(id)) {
        problems.error(at, "person id `" + id + "` is used twice in this roster (first on row "
            + explicitIds.get(id) + "); ids must be unique within a school");
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
      String name = row.cell(nameAt);
      if (name.isEmpty()) {
        problems.error(new Location(file, row.line(), nameAt + 1), "this row has no name; fill it in or "
            + "delete the row");
        continue;
      }
      List<String> roles = new ArrayList<>();
      for (String r : split(row.cell(roleAt))) {
        String role = Names.role(r);
        if (!role.isEmpty() && !roles.contains(role)) {
          roles.add(role);
        }
      }
      if (roles.isEmpty()) {
        problems.error(new Location(file, row.line(), roleAt + 1), "`" + name + "` has no role; write one "
            + "or more roles separated by `;`, for example `Class Teacher; English Lead`");
      }
      String yearGroup = null;
      String written = row.cell(yearAt);
      if (!written.isEmpty()) {
        String[] groups = written.split("\\s*[;/&,]\\s*");
        yearGroup = Names.yearGroup(groups[0]);
        if (yearGroup != null && groups.length > 1) {
          // a mixed-age class: the model holds one year group per person
          problems.warning(new Location(file, row.line(), yearAt + 1), "`" + name + "` has more than one year "
              + "group (`" + written + "`); cluster keeps one per person, so they are taken as " + yearGroup);
        }
        if (yearGroup == null) {
          problems.error(new Location(file, row.line(), yearAt + 1), "unknown year group `" + written
              + "` for `" + name + "`; use one of FS, Y1, Y2, Y3, Y4, Y5, Y6 (or Reception, Year 4)");
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
      people.add(new Person(id, name, roles, email.isEmpty() ? null : email, yearGroup,
          split(row.cell(subjectsAt)), split(row.cell(expertiseAt)), row.line(),
          reviewLoad(row, loadAt, name, file, problems)));
    }
    return people;
  }

  /**
   * The {@code review-load} cell (SPEC section 11): a whole number from 0 (0: not reviewing), or empty (no cap of
   * their own); anything else is an error at the cell.
   */
  private static Integer reviewLoad(CsvTable.Row row, int at, String name, String file, Problems problems) {
    String cell = row.cell(at).trim();
    if (cell.isEmpty()) {
      return null;
    }
    if (cell.matches("[0-9]{1,6}")) {
      return Integer.valueOf(cell);
    }
    problems.error(new Location(file, row.line(), at + 1), "review-load `" + cell + "` of `" + name + "` must be "
        + "a whole number from 0 (the most reviews they take in a round; 0: not reviewing), or left empty (no "
        + "limit of their own)");
    return null;
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
