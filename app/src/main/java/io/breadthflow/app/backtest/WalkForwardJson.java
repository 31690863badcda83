package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.backtest.MetricsCalculator;
import io.breadthflow.core.walkforward.DeflatedSharpe;
import io.breadthflow.core.walkforward.ParameterStability;
import io.breadthflow.core.walkforward.WalkForwardResult;
import io.breadthflow.core.walkforward.WindowResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stored and published shape of a walk-forward, whichever entry point ran it:
 *
 * <pre>
 * {"strategy", "parameters": {train, test, mode, objective, grid_size, symbols, start_date,
 *   end_date, config, point_in_time (the universe's name, only for a point-in-time universe)},
 *  "benchmark",
 *  "windows": [{index, train_start, train_end, test_start, test_end, chosen: {parameters},
 *               in_sample: {metrics}, out_of_sample: {metrics}}],
 *  "metrics": {out-of-sample metrics of the stitched curve},
 *  "equity_curve": [{date, equity, benchmark}],
 *  "deflated_sharpe": {sharpe, sharpe_annualised, expected_max_sharpe, trial_variance, trials,
 *                      observations, skewness, kurtosis, probabilistic, deflated},
 *  "stability": {windows, changes, change_rate, distinct_sets,
 *                parameters: [{name, min, max, mean, deviation, relative_range}]}}
 * </pre>
 *
 * Metrics are as in {@link BacktestJson}; Sharpe ratios in {@code deflated_sharpe} are per session
 * unless named annualised; undefined values are {@code null}.
 */
public final class WalkForwardJson {
  private WalkForwardJson() {}

  /** The whole result of {@code request}. */
  public static ObjectNode of(
      WalkForwardRequest request,
      String benchmark,
      WalkForwardResult result,
      ParameterStability stability) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("strategy", request.strategy());
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("train", request.train().toString());
    parameters.put("test", request.test().toString());
    parameters.put("mode", request.mode().name().toLowerCase(Locale.ROOT));
    parameters.put("objective", request.objective().name().toLowerCase(Locale.ROOT));
    parameters.put("grid_size", request.grid().size());
    parameters.put("symbols", request.universe().symbols());
    parameters.put("start_date", request.range().start().toString());
    parameters.put("end_date", request.range().end().toString());
    parameters.put("config", request.config());
    request.pointInTime().ifPresent(p -> parameters.put("point_in_time", p.name()));
    root.set("parameters", Json.MAPPER.valueToTree(parameters));
    root.put("benchmark", benchmark);
    ArrayNode windows = root.putArray("windows");
    for (WindowResult w : result.windows()) {
      ObjectNode node = windows.addObject();
      node.put("index", w.window().index());
      node.put("train_start", w.window().trainStart().toString());
      node.put("train_end", w.window().trainEnd().toString());
      node.put("test_start", w.window().testStart().toString());
      node.put("test_end", w.window().testEnd().toString());
      node.set("chosen", Json.MAPPER.valueToTree(request.grid().get(w.chosen()).parameters()));
      node.set("in_sample", Json.MAPPER.valueToTree(BacktestJson.metrics(w.inSample())));
      node.set("out_of_sample", Json.MAPPER.valueToTree(BacktestJson.metrics(w.outOfSample())));
    }
    root.set("metrics", Json.MAPPER.valueToTree(BacktestJson.metrics(result.outOfSample())));
    ArrayNode curve = root.putArray("equity_curve");
    for (int t = 0; t < result.equity().length; t++) {
      curve
          .addObject()
          .put("date", result.sessions().get(t).toString())
          .put("equity", result.equity()[t])
          .put("benchmark", result.benchmark()[t]);
    }
    root.set("deflated_sharpe", Json.MAPPER.valueToTree(deflated(result.deflatedSharpe())));
    root.set("stability", Json.MAPPER.valueToTree(stability(stability)));
    return root;
  }

  private static Map<String, Object> deflated(DeflatedSharpe d) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("sharpe", finite(d.sharpe()));
    map.put(
        "sharpe_annualised", finite(d.sharpe() * Math.sqrt(MetricsCalculator.SESSIONS_PER_YEAR)));
    map.put("expected_max_sharpe", finite(d.expectedMaximum()));
    map.put("trial_variance", finite(d.trialVariance()));
    map.put("trials", d.trials());
    map.put("observations", d.observations());
    map.put("skewness", finite(d.skewness()));
    map.put("kurtosis", finite(d.kurtosis()));
    map.put("probabilistic", finite(d.probabilistic()));
    map.put("deflated", finite(d.deflated()));
    return map;
  }

  private static Map<String, Object> stability(ParameterStability s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("windows", s.windows());
    map.put("changes", s.changes());
    map.put("change_rate", s.changeRate());
    map.put("distinct_sets", s.distinctSets());
    List<Map<String, Object>> parameters =
        s.parameters().stream()
            .map(
                p -> {
                  Map<String, Object> one = new LinkedHashMap<>();
                  one.put("name", p.name());
                  one.put("min", p.min());
                  one.put("max", p.max());
                  one.put("mean", p.mean());
                  one.put("deviation", p.deviation());
                  one.put("relative_range", p.relativeRange());
                  return one;
                })
            .toList();
    map.put("parameters", parameters);
    return map;
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
