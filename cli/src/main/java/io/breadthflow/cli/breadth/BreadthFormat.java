package io.breadthflow.cli.breadth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.breadth.BreadthReport;
import io.breadthflow.app.breadth.BreadthRequest;
import io.breadthflow.app.indicators.StableFrom;
import io.breadthflow.app.json.Json;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes breadth rows as CSV ({@link BreadthRow#COLUMNS}, then the catalogue's {@link
 * CatalogueRow#COLUMNS} with all columns), an aligned table, or JSON.
 *
 * <p>Warm-up ({@link BreadthReport#stableFrom()}): the CSV's last column {@code warm} lists the
 * columns whose value on that row still depends on where the stored history starts; the tables mark
 * such rows with {@code ~} and end with a legend; the JSON has {@code stable_from} (column → first
 * stable session, null when not reached or a running sum), {@code cumulative} (the running sums,
 * whose level depends on the start date) and {@code tolerance}.
 */
final class BreadthFormat {
  private BreadthFormat() {}

  /**
   * CSV: the header, then one line per row; undefined values are empty cells. With all columns, the
   * catalogue's follow today's ({@link #names}).
   */
  static void csv(PrintWriter out, BreadthReport report) {
    boolean bySector = bySector(report);
    out.println((bySector ? "sector," : "") + String.join(",", names(report)) + ",warm");
    report
        .groups()
        .forEach(
            (group, rows) -> {
              for (int i = 0; i < rows.size(); i++) {
                out.println(
                    (bySector ? group + "," : "")
                        + String.join(",", cells(report, group, i))
                        + ","
                        + String.join(" ", warm(report, rows.get(i).date())));
              }
            });
  }

  /** The columns (not running sums) whose value on {@code session} still depends on the start. */
  private static List<String> warm(BreadthReport report, LocalDate session) {
    StableFrom<LocalDate> stable = report.stableFrom();
    List<String> warm = new ArrayList<>();
    for (String name : names(report).subList(1, names(report).size())) {
      LocalDate from = stable.stableFrom().get(name);
      if (!stable.cumulative().contains(name) && (from == null || session.isBefore(from))) {
        warm.add(name);
      }
    }
    return warm;
  }

  /** The legend of the tables' {@code ~}, or nothing when no row shown is warming up. */
  private static void legend(PrintWriter out, BreadthReport report) {
    boolean anyWarm =
        report.groups().values().stream()
            .flatMap(List::stream)
            .anyMatch(row -> !warm(report, row.date()).isEmpty());
    if (!anyWarm) {
      return;
    }
    StableFrom<LocalDate> stable = report.stableFrom();
    List<String> until = new ArrayList<>();
    LocalDate last =
        report.groups().values().stream()
            .flatMap(List::stream)
            .map(BreadthRow::date)
            .max(LocalDate::compareTo)
            .orElseThrow();
    for (String name : warm(report, report.groups().values().iterator().next().get(0).date())) {
      LocalDate from = stable.stableFrom().get(name);
      until.add(name + (from == null || from.isAfter(last) ? " throughout" : " until " + from));
    }
    out.println(
        "~ warm-up, values still depend on where the stored history starts: "
            + String.join(", ", until)
            + "; running sums from the start date: "
            + String.join(", ", stable.cumulative()));
  }

  /**
   * Every value of a table with all columns, two decimals, in {@link #names} order: the catalogue
   * is too wide for the aligned table of today's columns.
   */
  static void wideTable(PrintWriter out, BreadthReport report) {
    report
        .groups()
        .forEach(
            (group, rows) -> {
              if (bySector(report)) {
                out.println("== " + group + " ==");
              }
              out.println(String.join("  ", names(report)));
              for (int i = 0; i < rows.size(); i++) {
                List<String> shown = new ArrayList<>();
                for (Object value : values(report, group, i)) {
                  shown.add(value instanceof Double d ? fixed(d, 2) : text(value));
                }
                out.println(
                    String.join("  ", shown)
                        + (warm(report, rows.get(i).date()).isEmpty() ? "" : "  ~"));
              }
            });
    legend(out, report);
  }

  /** Today's columns, then those of the catalogue they do not repeat (with all columns). */
  private static List<String> names(BreadthReport report) {
    if (!all(report)) {
      return BreadthRow.COLUMNS;
    }
    List<String> names = new ArrayList<>(BreadthRow.COLUMNS);
    for (int c : EXTRA) {
      names.add(CatalogueRow.COLUMNS.get(c));
    }
    return names;
  }

  private static List<Object> values(BreadthReport report, String group, int i) {
    List<Object> values = new ArrayList<>(report.groups().get(group).get(i).values());
    if (all(report)) {
      List<Object> catalogue = report.catalogue().get(group).get(i).values();
      for (int c : EXTRA) {
        values.add(catalogue.get(c));
      }
    }
    return values;
  }

  /** Indices of the catalogue's columns that today's columns do not have already. */
  private static final int[] EXTRA =
      java.util.stream.IntStream.range(0, CatalogueRow.COLUMNS.size())
          .filter(c -> !BreadthRow.COLUMNS.contains(CatalogueRow.COLUMNS.get(c)))
          .toArray();

  private static boolean all(BreadthReport report) {
    return report.request().columns() == BreadthRequest.Columns.ALL;
  }

  /**
   * An aligned table for reading, values rounded; '*' marks a breadth thrust, '~' a row with a
   * value still warming up.
   */
  static void table(PrintWriter out, BreadthReport report) {
    String header = "%-10s %5s %5s %5s %5s %8s %6s %6s %8s %9s %6s %6s %4s %4s %6s %s%n";
    String line = "%-10s %5d %5d %5d %5d %8d %6s %6s %8s %9s %6s %6s %4d %4d %6s %s%n";
    boolean bySector = bySector(report);
    report
        .groups()
        .forEach(
            (group, rows) -> {
              if (bySector) {
                out.println("== " + group + " ==");
              }
              out.printf(
                  Locale.ROOT,
                  header,
                  "date",
                  "adv",
                  "dec",
                  "unch",
                  "net",
                  "ad_line",
                  "ad_rat",
                  "trin",
                  "mcc_osc",
                  "mcc_sum",
                  ">sma50",
                  ">sma200",
                  "nh",
                  "nl",
                  "zbt",
                  "");
              for (BreadthRow r : rows) {
                out.printf(
                    Locale.ROOT,
                    line,
                    r.date(),
                    r.advancers(),
                    r.decliners(),
                    r.unchanged(),
                    r.netAdvances(),
                    r.adLine(),
                    fixed(r.adRatio(), 2),
                    fixed(r.trin(), 2),
                    fixed(r.mcclellanOscillator(), 2),
                    fixed(r.mcclellanSummation(), 1),
                    fixed(r.pctAboveSma50(), 1),
                    fixed(r.pctAboveSma200(), 1),
                    r.newHighs52w(),
                    r.newLows52w(),
                    fixed(r.zbtEma10(), 3),
                    (r.zbtThrust() ? "*" : "") + (warm(report, r.date()).isEmpty() ? "" : "~"));
              }
            });
    legend(out, report);
  }

  /**
   * JSON: {@code {"universe", "start", "end", "rows": [...]}} or rows per sector, numbers as their
   * shortest round-tripping decimals.
   */
  static String json(BreadthReport report) {
    BreadthRequest request = report.request();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("universe", request.universe().name());
    root.put("start", request.range().start().toString());
    root.put("end", request.range().end().toString());
    StableFrom<LocalDate> stable = report.stableFrom();
    ObjectNode stableFrom = root.putObject("stable_from");
    for (String name : names(report).subList(1, names(report).size())) {
      LocalDate from = stable.stableFrom().get(name);
      if (from == null) {
        stableFrom.putNull(name);
      } else {
        stableFrom.put(name, from.toString());
      }
    }
    stable.cumulative().forEach(root.putArray("cumulative")::add);
    root.put("tolerance", stable.tolerance());
    if (bySector(report)) {
      ObjectNode sectors = root.putObject("sectors");
      report.groups().keySet().forEach(sector -> rows(sectors.putArray(sector), report, sector));
    } else {
      rows(root.putArray("rows"), report, report.groups().keySet().iterator().next());
    }
    return Json.write(root);
  }

  private static boolean bySector(BreadthReport report) {
    return report.request().grouping() == BreadthRequest.Grouping.BY_SECTOR;
  }

  private static void rows(ArrayNode array, BreadthReport report, String group) {
    List<String> names = names(report);
    for (int i = 0; i < report.groups().get(group).size(); i++) {
      ObjectNode node = array.addObject();
      List<Object> values = values(report, group, i);
      List<String> cells = cells(report, group, i);
      for (int c = 0; c < names.size(); c++) {
        String key = names.get(c);
        Object value = values.get(c);
        if (value instanceof Boolean flag) {
          node.put(key, flag);
        } else if (c == 0 || value instanceof Enum<?>) {
          node.put(key, cells.get(c));
        } else if (cells.get(c).isEmpty()) {
          node.putNull(key);
        } else {
          node.put(key, new BigDecimal(cells.get(c)));
        }
      }
    }
  }

  private static List<String> cells(BreadthReport report, String group, int i) {
    List<String> cells = new ArrayList<>();
    for (Object value : values(report, group, i)) {
      cells.add(value instanceof Double d ? ShortestDecimal.format(d) : text(value));
    }
    return cells;
  }

  /** A non-decimal value: a date, a count, a flag, or a signal in lower case ({@code none}). */
  private static String text(Object value) {
    return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
  }

  private static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
