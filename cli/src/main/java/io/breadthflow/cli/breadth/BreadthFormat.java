package io.breadthflow.cli.breadth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.breadth.BreadthRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes breadth rows as CSV (the documented header), an aligned table, or JSON. */
final class BreadthFormat {
  /** The CSV header, in column order; JSON uses the same keys. */
  static final List<String> COLUMNS =
      List.of(
          "date",
          "advancers",
          "decliners",
          "unchanged",
          "net_advances",
          "ad_line",
          "ad_ratio",
          "up_volume",
          "down_volume",
          "trin",
          "mcclellan_osc",
          "mcclellan_sum",
          "pct_above_sma50",
          "pct_above_sma200",
          "new_highs_52w",
          "new_lows_52w",
          "zbt_ema10",
          "zbt_thrust");

  private BreadthFormat() {}

  /** CSV: the header, then one line per row; undefined values are empty cells. */
  static void csv(PrintWriter out, Map<String, List<BreadthRow>> groups, boolean bySector) {
    out.println((bySector ? "sector," : "") + String.join(",", COLUMNS));
    groups.forEach(
        (group, rows) -> {
          for (BreadthRow row : rows) {
            String prefix = bySector ? group + "," : "";
            out.println(prefix + String.join(",", cells(row)));
          }
        });
  }

  /** An aligned table for reading, values rounded; '*' marks a breadth thrust. */
  static void table(PrintWriter out, Map<String, List<BreadthRow>> groups, boolean bySector) {
    String header = "%-10s %5s %5s %5s %5s %8s %6s %6s %8s %9s %6s %6s %4s %4s %6s %s%n";
    String line = "%-10s %5d %5d %5d %5d %8d %6s %6s %8s %9s %6s %6s %4d %4d %6s %s%n";
    groups.forEach(
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

  /** JSON: {@code {"universe", "start", "end", "rows": [...]}} or rows per sector. */
  static String json(
      String universe,
      String start,
      String end,
      Map<String, List<BreadthRow>> groups,
      boolean bySector)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("universe", universe);
    root.put("start", start);
    root.put("end", end);
    if (bySector) {
      ObjectNode sectors = root.putObject("sectors");
      groups.forEach((sector, rows) -> rows(sectors.putArray(sector), rows));
    } else {
      rows(root.putArray("rows"), groups.values().iterator().next());
    }
    return mapper.writeValueAsString(root);
  }

  private static void rows(ArrayNode array, List<BreadthRow> rows) {
    for (BreadthRow row : rows) {
      ObjectNode node = array.addObject();
      List<String> cells = cells(row);
      for (int c = 0; c < COLUMNS.size(); c++) {
        String cell = cells.get(c);
        String key = COLUMNS.get(c);
        if (c == 0) {
          node.put(key, cell);
        } else if (key.equals("zbt_thrust")) {
          node.put(key, row.zbtThrust());
        } else if (cell.isEmpty()) {
          node.putNull(key);
        } else {
          node.put(key, new java.math.BigDecimal(cell));
        }
      }
    }
  }

  private static List<String> cells(BreadthRow r) {
    return List.of(
        r.date().toString(),
        Integer.toString(r.advancers()),
        Integer.toString(r.decliners()),
        Integer.toString(r.unchanged()),
        Integer.toString(r.netAdvances()),
        Long.toString(r.adLine()),
        ShortestDecimal.format(r.adRatio()),
        ShortestDecimal.format(r.upVolume()),
        ShortestDecimal.format(r.downVolume()),
        ShortestDecimal.format(r.trin()),
        ShortestDecimal.format(r.mcclellanOscillator()),
        ShortestDecimal.format(r.mcclellanSummation()),
        ShortestDecimal.format(r.pctAboveSma50()),
        ShortestDecimal.format(r.pctAboveSma200()),
        Integer.toString(r.newHighs52w()),
        Integer.toString(r.newLows52w()),
        ShortestDecimal.format(r.zbtEma10()),
        Boolean.toString(r.zbtThrust()));
  }

  private static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
