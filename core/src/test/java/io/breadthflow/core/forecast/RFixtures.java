package io.breadthflow.core.forecast;

import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * R's {@code forecast} package results on classic and real series, read from the test resources
 * {@code forecast/r/*.tsv} that {@code scripts/forecast/r-fixtures.R} writes (format in that
 * folder's README). Series are named as in the fixtures: classic ones by their R dataset name, the
 * S&amp;P 500 closes by symbol.
 */
public final class RFixtures {
  private static final String FOLDER = "/forecast/r/";

  private RFixtures() {}

  /** The kind of {@code auto.arima} search a case was produced by. */
  public enum Mode {
    /** {@code auto.arima(x, seasonal = FALSE)}: stepwise search, approximation when n > 150. */
    STEPWISE,
    /** {@code auto.arima(x, seasonal = FALSE, stepwise = FALSE, approximation = FALSE)}. */
    EXACT
  }

  /**
   * The model {@code auto.arima} chose for a series and its forecast 1–5 steps ahead.
   *
   * @param constant whether the model has an {@code intercept} (d = 0) or a {@code drift} (d = 1)
   */
  public record AutoArimaCase(
      String series,
      Mode mode,
      int p,
      int d,
      int q,
      boolean constant,
      double loglik,
      double aicc,
      double sigma2,
      List<String> coefNames,
      double[] coefValues,
      double[] mean,
      double[] lower80,
      double[] upper80,
      double[] lower95,
      double[] upper95) {}

  /**
   * A fixed-order {@code Arima(x, order = c(p, d, q), include.constant, method = "CSS-ML")} fit and
   * its forecast 1–5 steps ahead; {@code coefSe} is {@code NaN} where R's variance is negative.
   */
  public record FixedArimaCase(
      String series,
      int p,
      int d,
      int q,
      boolean constant,
      double loglik,
      double aic,
      double aicc,
      double bic,
      double sigma2,
      List<String> coefNames,
      double[] coefValues,
      double[] coefSe,
      double[] mean,
      double[] lower80,
      double[] upper80,
      double[] lower95,
      double[] upper95) {}

  /**
   * {@code ndiffs(x, test = "kpss")} and the KPSS level statistic of the undifferenced series with
   * ndiffs' lag {@code trunc(3 * sqrt(n) / 13)}.
   */
  public record NdiffsCase(String series, int ndiffs, double kpssStat) {}

  /** Every {@code auto-arima.tsv} line, in file order. */
  public static List<AutoArimaCase> autoArima() {
    return read(
        "auto-arima.tsv",
        row ->
            new AutoArimaCase(
                row.text("series"),
                Mode.valueOf(row.text("mode").toUpperCase(Locale.ROOT)),
                row.integer("p"),
                row.integer("d"),
                row.integer("q"),
                row.integer("constant") == 1,
                row.number("loglik"),
                row.number("aicc"),
                row.number("sigma2"),
                row.names("coef_names"),
                row.numbers("coef_values"),
                row.numbers("mean"),
                row.numbers("lower80"),
                row.numbers("upper80"),
                row.numbers("lower95"),
                row.numbers("upper95")));
  }

  /** Every {@code arima-fixed.tsv} line, in file order (fits R refused are absent). */
  public static List<FixedArimaCase> fixedArima() {
    return read(
        "arima-fixed.tsv",
        row ->
            new FixedArimaCase(
                row.text("series"),
                row.integer("p"),
                row.integer("d"),
                row.integer("q"),
                row.integer("constant") == 1,
                row.number("loglik"),
                row.number("aic"),
                row.number("aicc"),
                row.number("bic"),
                row.number("sigma2"),
                row.names("coef_names"),
                row.numbers("coef_values"),
                row.numbers("coef_se"),
                row.numbers("mean"),
                row.numbers("lower80"),
                row.numbers("upper80"),
                row.numbers("lower95"),
                row.numbers("upper95")));
  }

  /** Every {@code ndiffs.tsv} line, in file order. */
  public static List<NdiffsCase> ndiffs() {
    return read(
        "ndiffs.tsv",
        row ->
            new NdiffsCase(
                row.text("series"), row.integer("ndiffs_kpss"), row.number("kpss_stat")));
  }

  /** The classic series by name, in file order. */
  public static Map<String, double[]> classicSeries() {
    Map<String, double[]> series = new LinkedHashMap<>();
    read("classic-series.tsv", row -> row)
        .forEach(row -> series.put(row.text("name"), row.numbers("values", ",")));
    return series;
  }

  /**
   * The closes of {@code symbol} from the shared data, read as R's fixtures read them; skips the
   * calling test when the shared data is absent.
   */
  public static double[] realCloses(String symbol) {
    Path file = SharedData.require("market/daily_sp500_2013_2018").resolve(symbol + ".csv");
    try {
      return DailySeries.read(file).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The series a case names: a classic series, else the closes of that symbol. */
  public static double[] series(String name) {
    double[] classic = classicSeries().get(name);
    return classic != null ? classic : realCloses(name);
  }

  private static <T> List<T> read(String file, Function<Row, T> parse) {
    try (InputStream in = RFixtures.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + FOLDER + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
      List<T> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(parse.apply(new Row(file, header, line.split("\t", -1))));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One fixture line, its fields looked up by header name. */
  private record Row(String file, List<String> header, String[] cells) {
    String text(String column) {
      int index = header.indexOf(column);
      if (index < 0 || index >= cells.length) {
        throw new IllegalStateException(file + ": no field '" + column + "' in " + cells[0]);
      }
      return cells[index];
    }

    int integer(String column) {
      return Integer.parseInt(text(column));
    }

    double number(String column) {
      return Double.parseDouble(text(column));
    }

    List<String> names(String column) {
      String text = text(column);
      return text.isEmpty() ? List.of() : List.of(text.split(";"));
    }

    double[] numbers(String column) {
      return numbers(column, ";");
    }

    double[] numbers(String column, String separator) {
      String text = text(column);
      return text.isEmpty()
          ? new double[0]
          : Arrays.stream(text.split(separator)).mapToDouble(Double::parseDouble).toArray();
    }
  }
}
