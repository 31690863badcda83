package io.breadthflow.cli.breadth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.breadth.BreadthReport;
import io.breadthflow.app.breadth.BreadthRequest;
import io.breadthflow.app.json.Json;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.breadth.BreadthRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes breadth rows as CSV ({@link BreadthRow#COLUMNS}), an aligned table, or JSON. */
final class BreadthFormat {
  private BreadthFormat() {}

  /** CSV: the header, then one line per row; undefined values are empty cells. */
  static void csv(PrintWriter out, BreadthReport report) {
    boolean bySector = bySector(report);
    out.println((bySector ? "sector," : "") + String.join(",", BreadthRow.COLUMNS));
    report
        .groups()
        .forEach(
            (group, rows) -> {
              for (BreadthRow row : rows) {
                out.println((bySector ? group + "," : "") + String.join(",", cells(row)));
              }
            });
  }

  /** An aligned table for reading, values rounded; '*' marks a breadth thrust. */
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
                    r.zbtThrust() ? "*" : "");
              }
            });
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
    if (bySector(report)) {
      ObjectNode sectors = root.putObject("sectors");
      report.groups().forEach((sector, rows) -> rows(sectors.putArray(sector), rows));
    } else {
      rows(root.putArray("rows"), report.groups().values().iterator().next());
    }
    return Json.write(root);
  }

  private static boolean bySector(BreadthReport report) {
    return report.request().grouping() == BreadthRequest.Grouping.BY_SECTOR;
  }

  private static void rows(ArrayNode array, List<BreadthRow> rows) {
    for (BreadthRow row : rows) {
      ObjectNode node = array.addObject();
      List<Object> values = row.values();
      List<String> cells = cells(row);
      for (int c = 0; c < BreadthRow.COLUMNS.size(); c++) {
        String key = BreadthRow.COLUMNS.get(c);
        Object value = values.get(c);
        if (value instanceof Boolean flag) {
          node.put(key, flag);
        } else if (c == 0) {
          node.put(key, cells.get(c));
        } else if (cells.get(c).isEmpty()) {
          node.putNull(key);
        } else {
          node.put(key, new BigDecimal(cells.get(c)));
        }
      }
    }
  }

  private static List<String> cells(BreadthRow row) {
    List<String> cells = new ArrayList<>();
    for (Object value : row.values()) {
      cells.add(value instanceof Double d ? ShortestDecimal.format(d) : String.valueOf(value));
    }
    return cells;
  }

  private static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
