package io.breadthflow.app.forecast;

import io.breadthflow.app.run.RunOutcome;
import java.util.List;
import java.util.Map;

/**
 * What a forecast run made.
 *
 * @param request what was asked
 * @param forecasts one per symbol forecast, by symbol
 * @param skipped the symbols without a forecast and why, by symbol
 */
public record ForecastReport(
    ForecastRequest request, List<SymbolForecast> forecasts, List<SkippedSymbol> skipped)
    implements RunOutcome {

  public ForecastReport {
    forecasts = List.copyOf(forecasts);
    skipped = List.copyOf(skipped);
  }

  /** Symbols done and skipped (a skipped symbol is reported, not a failure of the run). */
  @Override
  public Map<String, Object> counts() {
    return Map.of("forecasts", forecasts.size(), "skipped", skipped.size());
  }
}
