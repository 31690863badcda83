package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.UpdatableModel;
import java.util.List;

/**
 * The model auto.arima selected, fitted by CSS-ML; carried forward to a longer history it keeps its
 * order and coefficients.
 *
 * @param model the selected fit (by CSS-ML; with its constant fixed when the series, or its
 *     differences, is constant)
 * @param differences d as ndiffs chose it
 * @param tried every candidate fitted, in order (empty when the series, or its differences, is
 *     constant and R fits the one model without searching)
 */
public record AutoArimaResult(ArimaFit model, int differences, List<CandidateScore> tried)
    implements UpdatableModel {

  public AutoArimaResult {
    tried = List.copyOf(tried);
  }

  @Override
  public String description() {
    return model.description();
  }

  @Override
  public Forecast forecast(int horizon) {
    return model.forecast(horizon);
  }

  /** The selected model carried forward to {@code history}: no new search, no new estimation. */
  @Override
  public AutoArimaResult update(double[] history) {
    return new AutoArimaResult(model.update(history), differences, tried);
  }
}
