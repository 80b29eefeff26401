package dev.cluster.render;

import dev.cluster.csv.CsvCells;
import dev.cluster.model.ReviewProgramme;
import dev.cluster.pairing.ReviewRound;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code pairings --save} (SPEC section 11): the history file {@code
 * history/<programme>-<year>.csv} with the rounds it lacks added at the end. A round already in the
 * file is never changed (its rows are kept byte for byte); new rows follow the file's own header,
 * so a file written before {@code visit:} keeps its columns.
 */
public final class PairingsHistory {
  /** The new text of the file, and which rounds were added and which were already there. */
  public record Saved(String text, List<Integer> added, List<Integer> kept) {}

  private PairingsHistory() {}

  /** The file name of a programme's year in {@code history/}. */
  public static String fileName(ReviewProgramme p, String year) {
    return p.id() + "-" + year + ".csv";
  }

  /** {@code existing} (null: no file yet) with the rounds of {@code rounds} it does not have. */
  public static Saved save(
      String existing, ReviewProgramme p, String year, List<ReviewRound> rounds) {
    List<String> header =
        existing == null || existing.isBlank()
            ? PairingsCsv.header(p.visit() != null)
            : headerOf(existing);
    Set<Integer> there = existing == null ? Set.of() : roundsIn(existing, p.id(), year);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (ReviewRound round : rounds) {
      if (there.contains(round.round())) {
        kept.add(round.round());
        continue;
      }
      added.add(round.round());
      for (List<String> row : PairingsCsv.rows(round, true)) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
          int at = PairingsCsv.header(true).indexOf(column);
          cells.add(at < 0 || at >= row.size() ? "" : row.get(at));
        }
        rows.add(cells);
      }
    }
    String fresh = Csv.write(header, rows);
    if (existing == null || existing.isBlank()) {
      return new Saved(fresh, added, kept);
    }
    String body = fresh.substring(fresh.indexOf('\n') + 1);
    String text =
        existing.endsWith("\n") || existing.isEmpty() ? existing + body : existing + "\n" + body;
    return new Saved(rows.isEmpty() ? existing : text, added, kept);
  }

  private static List<String> headerOf(String text) {
    try (CSVParser parser = CSVParser.parse(new StringReader(strip(text)), CSVFormat.RFC4180)) {
      for (CSVRecord r : parser) {
        List<String> h = new ArrayList<>();
        r.forEach(c -> h.add(c.trim().toLowerCase(java.util.Locale.ROOT)));
        return h;
      }
      return PairingsCsv.header(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<Integer> roundsIn(String text, String programme, String year) {
    Set<Integer> rounds = new TreeSet<>();
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(strip(text)),
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(true)
                .get())) {
      for (CSVRecord r : parser) {
        if (r.isMapped("programme")
            && r.isMapped("year")
            && r.isMapped("round")
            && r.isSet("round")
            && CsvCells.unneutralise(r.get("programme").trim()).equals(programme)
            && r.get("year").trim().equals(year)) {
          try {
            rounds.add(Integer.parseInt(r.get("round").trim()));
          } catch (NumberFormatException e) {
            // a bad round is validate's to report; it names no round to keep
          }
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new IllegalStateException("cannot read the history file: " + e.getMessage(), e);
    }
    return rounds;
  }

  private static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
