package io.breadthflow.cli.forecast;

import io.breadthflow.app.forecast.EvaluationReport;
import io.breadthflow.app.forecast.EvaluationView;
import io.breadthflow.cli.format.ShortestDecimal;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes walk-forward evaluations: per symbol the accuracy of the candidate and both baselines and
 * the Diebold–Mariano tests per step, as a table, CSV (one row per symbol and model) or JSON.
 */
final class EvaluationTable {
  private EvaluationTable() {}

  static void table(PrintWriter out, EvaluationReport report) {
    for (EvaluationView view : views(report)) {
      out.printf(
          Locale.ROOT,
          "%s  %d origins from %s to %s, %d sessions ahead%n",
          view.symbol(),
          view.origins(),
          view.firstOrigin(),
          view.lastOrigin(),
          view.horizon());
      out.printf(
          Locale.ROOT,
          "  %-12s %-28s %10s %10s %8s %8s %8s%n",
          "",
          "model (at the first origin)",
          "MAE",
          "RMSE",
          "MAPE%",
          "dir.acc",
          "RMSE/RW");
      for (EvaluationView.ModelRow row : view.models()) {
        out.printf(
            Locale.ROOT,
            "  %-12s %-28s %10.4f %10.4f %8.3f %8.3f %8.4f%n",
            row.role(),
            row.model(),
            row.mae(),
            row.rmse(),
            row.mape(),
            row.directionalAccuracy(),
            row.relativeRmse());
      }
      out.print("  Diebold-Mariano p (candidate vs):");
      for (EvaluationView.TestRow test : view.tests()) {
        out.printf(Locale.ROOT, " %s h%d %.3f", test.versus(), test.step(), test.pValue());
      }
      out.println();
    }
    out.println(
        "DM: two-sided test of equal squared error (Harvey-Leybourne-Newbold); a small p with RMSE/RW"
            + " below 1 means the candidate is more accurate than the random walk.");
  }

  static void csv(PrintWriter out, EvaluationReport report) {
    out.println(
        "symbol,first_origin,last_origin,origins,role,model,mae,rmse,mape,directional_accuracy,relative_rmse");
    for (EvaluationView view : views(report)) {
      for (EvaluationView.ModelRow row : view.models()) {
        out.println(
            String.join(
                ",",
                view.symbol(),
                view.firstOrigin().toString(),
                view.lastOrigin().toString(),
                Integer.toString(view.origins()),
                row.role(),
                '"' + row.model() + '"',
                ShortestDecimal.format(row.mae()),
                ShortestDecimal.format(row.rmse()),
                ShortestDecimal.format(row.mape()),
                ShortestDecimal.format(row.directionalAccuracy()),
                ShortestDecimal.format(row.relativeRmse())));
      }
    }
  }

  static String json(EvaluationReport report) {
    return ForecastTable.json(
        report.request().horizon(),
        report.request().model(),
        "evaluations",
        views(report),
        report.skipped());
  }

  private static List<EvaluationView> views(EvaluationReport report) {
    return report.symbols().stream().map(EvaluationView::of).toList();
  }
}
