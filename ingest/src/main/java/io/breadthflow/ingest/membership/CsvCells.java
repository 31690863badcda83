package io.breadthflow.ingest.membership;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into cells: commas separate, double quotes enclose, {@code ""} escapes. */
final class CsvCells {
  private CsvCells() {}

  /**
   * The cells of {@code line}, unquoted and stripped.
   *
   * @throws IllegalArgumentException when a quote is left open
   */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quote");
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
