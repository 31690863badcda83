package io.breadthflow.core.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A published reference table (CSV with a header); empty cells read as {@code NaN}. */
public final class ReferenceTable {
  private final List<String> header;
  private final List<String[]> rows;

  private ReferenceTable(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads {@code shared/data/reference/relative}, skipping the test when absent. */
  public static ReferenceTable load(String relative) throws IOException {
    Path path = SharedData.require("reference/" + relative);
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return new ReferenceTable(header, rows);
  }

  public int size() {
    return rows.size();
  }

  /** The column named {@code name} as doubles, {@code NaN} where a cell is empty. */
  public double[] column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "' in " + header);
    }
    double[] values = new double[rows.size()];
    for (int i = 0; i < values.length; i++) {
      String[] row = rows.get(i);
      String cell = index < row.length ? row[index].trim() : "";
      values[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
    return values;
  }
}
