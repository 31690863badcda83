package io.breadthflow.core.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A symbol's daily bars from a {@code Date,Open,High,Low,Close,Volume} file, as primitive columns.
 * Rows with an empty field (the data set's known defects) are left out.
 */
public record DailySeries(
    String symbol,
    LocalDate[] dates,
    double[] open,
    double[] high,
    double[] low,
    double[] close,
    double[] volume) {

  public int size() {
    return close.length;
  }

  public static DailySeries read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LocalDate> dates = new ArrayList<>();
    double[][] columns = new double[5][lines.size()];
    int n = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells.length < 6 || Arrays.stream(cells).anyMatch(String::isBlank)) {
        continue;
      }
      dates.add(LocalDate.parse(cells[0]));
      for (int c = 0; c < 5; c++) {
        columns[c][n] = Double.parseDouble(cells[c + 1]);
      }
      n++;
    }
    String name = file.getFileName().toString();
    return new DailySeries(
        name.substring(0, name.length() - ".csv".length()),
        dates.toArray(LocalDate[]::new),
        Arrays.copyOf(columns[0], n),
        Arrays.copyOf(columns[1], n),
        Arrays.copyOf(columns[2], n),
        Arrays.copyOf(columns[3], n),
        Arrays.copyOf(columns[4], n));
  }
}
