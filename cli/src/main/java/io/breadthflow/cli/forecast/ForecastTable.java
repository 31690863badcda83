package io.breadthflow.cli.forecast;

import io.breadthflow.app.forecast.ForecastReport;
import io.breadthflow.app.forecast.ForecastView;
import io.breadthflow.app.forecast.ModelChoice;
import io.breadthflow.app.forecast.SkippedSymbol;
import io.breadthflow.app.json.Json;
import io.breadthflow.cli.format.ShortestDecimal;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes forecasts as an aligned table, CSV (one row per symbol and step) or JSON. */
final class ForecastTable {
  private static final List<String> COLUMNS =
      List.of(
          "symbol", "origin", "model", "step", "date", "mean", "lower95", "lower80", "upper80",
          "upper95");

  private ForecastTable() {}

  static void table(PrintWriter out, ForecastReport report) {
    for (ForecastView view : views(report)) {
      out.printf(
          Locale.ROOT,
          "%s  %s, %d closes to %s (last %.2f)%n",
          view.symbol(),
          view.model(),
          view.observations(),
          view.origin(),
          view.lastClose());
      out.printf(
          Locale.ROOT,
          "  %4s %-10s %10s %10s %10s %10s %10s%n",
          "step",
          "date",
          "lo95",
          "lo80",
          "forecast",
          "hi80",
          "hi95");
      for (ForecastView.Step step : view.steps()) {
        out.printf(
            Locale.ROOT,
            "  %4d %-10s %10.2f %10.2f %10.2f %10.2f %10.2f%n",
            step.step(),
            step.date(),
            step.lower95(),
            step.lower80(),
            step.mean(),
            step.upper80(),
            step.upper95());
      }
    }
  }

  static void csv(PrintWriter out, ForecastReport report) {
    out.println(String.join(",", COLUMNS));
    for (ForecastView view : views(report)) {
      for (ForecastView.Step step : view.steps()) {
        out.println(
            String.join(
                ",",
                view.symbol(),
                view.origin().toString(),
                '"' + view.model() + '"',
                Integer.toString(step.step()),
                step.date().toString(),
                ShortestDecimal.format(step.mean()),
                ShortestDecimal.format(step.lower95()),
                ShortestDecimal.format(step.lower80()),
                ShortestDecimal.format(step.upper80()),
                ShortestDecimal.format(step.upper95())));
      }
    }
  }

  static String json(ForecastReport report) {
    return json(
        report.request().horizon(),
        report.request().model(),
        "forecasts",
        views(report),
        report.skipped());
  }

  /**
   * One JSON document: {@code {"horizon", "model", "<key>": [...], "skipped": [...]}}, for
   * forecasts and evaluations alike.
   */
  static String json(
      int horizon, ModelChoice model, String key, List<?> items, List<SkippedSymbol> skipped) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("horizon", horizon);
    document.put("model", model.code());
    document.put(key, items);
    document.put("skipped", skipped);
    return Json.write(document);
  }

  private static List<ForecastView> views(ForecastReport report) {
    return report.forecasts().stream().map(ForecastView::of).toList();
  }
}
