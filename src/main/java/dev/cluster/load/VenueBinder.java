package dev.cluster.load;

import dev.cluster.model.Venue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Binds {@code venues:} (SPEC section 10): places that are not schools where a series may meet.
 * Their ids share the namespace of school ids, so the schools are bound first and a clash is an
 * error at the venue's id.
 */
final class VenueBinder {
  private final Fields f;
  private final Problems problems;
  private final Known known;

  VenueBinder(Fields f, Known known) {
    this.f = f;
    this.problems = f.problems();
    this.known = known;
  }

  void bind(Node.MapNode doc) {
    Node n = Fields.value(doc, "venues");
    if (n == null) {
      return;
    }
    List<Node> items = f.list(n, "`venues`");
    for (Node item : items == null ? List.<Node>of() : items) {
      venue(item);
    }
  }

  private void venue(Node item) {
    Node.MapNode m = f.map(item, "a venue in `venues`");
    if (m == null) {
      return;
    }
    f.keys(m, "a venue", PartnershipBinder.VENUE_KEYS);
    String id = f.id(m, "id", "a venue", "teachers-centre");
    if (id != null && known.schoolIds.contains(id)) {
      problems.error(
          m.get("id").location(),
          "venue id `"
              + id
              + "` is also a school's id; venues and schools "
              + "share one set of ids (so that `host: "
              + id
              + "` means one place): give the venue its own id, such "
              + "as `"
              + id
              + "-centre`");
      id = null;
    } else if (id != null && known.venueIds.contains(id)) {
      problems.error(
          m.get("id").location(),
          "venue id `" + id + "` is used twice; give each venue its own id");
      id = null;
    }
    if (id != null) {
      known.venueIds.add(id);
    }
    String where = id == null ? "a venue" : "venue `" + id + "`";
    String name = f.requiredText(m, "name", where, "Teachers' Centre");
    String address = f.text(m, "address", where);
    String link = link(m, where);
    boolean linkOk = link != null || Fields.value(m, "link") == null;
    if (id != null && name != null && linkOk) {
      known.venues.put(
          id,
          new Venue(id, name.trim(), address == null ? null : address.trim(), link, m.location()));
    }
  }

  /**
   * The online meeting's address: an absolute {@code https:} (or {@code http:}) web address; null
   * if absent.
   */
  private String link(Node.MapNode m, String where) {
    String t = f.text(m, "link", where);
    if (t == null || t.isBlank()) {
      if (t != null) {
        problems.error(
            m.get("link").location(),
            "`link` of "
                + where
                + " is blank; write the online "
                + "meeting's web address (https://...), or remove the key");
      }
      return null;
    }
    String v = t.trim();
    try {
      URI u = new URI(v);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && u.getHost() != null) {
        return v;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.error(
        m.get("link").location(),
        "`link` of "
            + where
            + " is `"
            + v
            + "`, which is not a web "
            + "address; write the online meeting's full address, such as `https://meet.example.org/heads` (no "
            + "spaces)");
    return null;
  }
}
