package io.breadthflow.app.forecast;

import io.breadthflow.app.run.RunOutcome;
import java.util.List;
import java.util.Map;

/**
 * What a walk-forward evaluation found.
 *
 * @param request what was asked
 * @param symbols one per symbol evaluated, by symbol
 * @param skipped symbols not evaluated and why, by symbol
 */
public record EvaluationReport(
    EvaluationRequest request, List<SymbolEvaluation> symbols, List<SkippedSymbol> skipped)
    implements RunOutcome {

  public EvaluationReport {
    symbols = List.copyOf(symbols);
    skipped = List.copyOf(skipped);
  }

  /** Symbols done and skipped (a skipped symbol is reported, not a failure of the run). */
  @Override
  public Map<String, Object> counts() {
    return Map.of("evaluated", symbols.size(), "skipped", skipped.size());
  }
}
