package dev.cluster.load;

import dev.cluster.model.Slug;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names written by people become the keys the tool uses: roles, year groups, CSV headers, ids.
 */
public final class Names {
  /** Ids of schools, meetings, reviews and people. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The year groups of a primary school, in order. */
  public static final List<String> YEAR_GROUPS = List.of("FS", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6");

  private static final Map<String, String> ROLE_ALIASES =
      Map.ofEntries(
          Map.entry("head-teacher", "headteacher"),
          Map.entry("headteacher", "headteacher"),
          Map.entry("head", "headteacher"),
          Map.entry("ht", "headteacher"),
          Map.entry("senco", "sendco"),
          Map.entry("sendco", "sendco"),
          Map.entry("sbm", "business-manager"),
          Map.entry("school-business-manager", "business-manager"),
          Map.entry("deputy", "deputy-head"),
          Map.entry("deputy-head", "deputy-head"),
          Map.entry("deputy-headteacher", "deputy-head"),
          Map.entry("deputy-head-teacher", "deputy-head"),
          Map.entry("chair-of-governors", "chair-of-governors"),
          Map.entry("class-teacher", "teacher"),
          Map.entry("teacher", "teacher"));

  private static final Pattern YEAR = Pattern.compile("(?:y|yr|year)(\\d)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

  private Names() {}

  /**
   * A role as the tool knows it: {@code Head Teacher}, {@code HT} → {@code headteacher}, {@code
   * SENCO} → {@code sendco}, {@code Class Teacher} → {@code teacher}, ...; any other role in
   * kebab-case ({@code English Lead} → {@code english-lead}).
   */
  public static String role(String written) {
    String kebab = kebab(written);
    return ROLE_ALIASES.getOrDefault(kebab, kebab);
  }

  /**
   * A year group as FS, Y1 ... Y6 ({@code Reception}, {@code R}, {@code Nursery}, {@code EYFS} →
   * FS; {@code Year 4}, {@code y4} → Y4), or null when {@code written} is none of them.
   */
  public static String yearGroup(String written) {
    String s = SEPARATORS.matcher(written.trim().toLowerCase(Locale.ROOT)).replaceAll("");
    if (s.equals("fs")
        || s.equals("r")
        || s.equals("reception")
        || s.equals("eyfs")
        || s.equals("foundationstage")
        || s.equals("foundation")
        || s.equals("fs1")
        || s.equals("fs2")
        || s.equals("nursery")
        || s.equals("n")) {
      return "FS";
    }
    Matcher m = YEAR.matcher(s);
    if (m.matches() && m.group(1).charAt(0) >= '1' && m.group(1).charAt(0) <= '6') {
      return "Y" + m.group(1);
    }
    return null;
  }

  /** A CSV header as compared: lower case, without spaces, {@code -} and {@code _}. */
  public static String header(String written) {
    String lower = written.strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c != '_' && c != '-' && !isRegexSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** What {@code \s} matches: space, tab, newline, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * Lower-case words joined by {@code -}: {@code Deputy Head} → {@code deputy-head}; accents
   * dropped.
   */
  public static String kebab(String written) {
    return Slug.kebab(written);
  }

  /** The default person id: a slug of the name ({@code Amira O'Neil} → {@code amira-oneil}). */
  public static String slug(String name) {
    String s = kebab(name.replace("'", "").replace("\u2019", ""));
    return s.isEmpty() ? "person" : s;
  }
}
