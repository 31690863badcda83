package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated R fixtures under {@code forecast/r/} on the test class path and the
 * series they name.
 */
final class ClassicSeries {
  private ClassicSeries() {}

  /** The rows of {@code file} as maps from column name to cell, in file order. */
  static List<Map<String, String>> rows(String file) {
    try (InputStream in = ClassicSeries.class.getResourceAsStream("/forecast/r/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no fixture forecast/r/" + file);
      }
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList();
      String[] header = lines.get(0).split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The series a fixture line names: a classic series, else the closes of that symbol in the shared
   * data (the test is skipped where the shared data is absent).
   */
  static double[] named(String name) {
    double[] classic = all().get(name);
    if (classic != null) {
      return classic;
    }
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    try {
      return DailySeries.read(folder.resolve(name + ".csv")).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The classic series by name. */
  static Map<String, double[]> all() {
    Map<String, double[]> series = new LinkedHashMap<>();
    for (Map<String, String> row : rows("classic-series.tsv")) {
      series.put(
          row.get("name"),
          Arrays.stream(row.get("values").split(",")).mapToDouble(Double::parseDouble).toArray());
    }
    return series;
  }
}
