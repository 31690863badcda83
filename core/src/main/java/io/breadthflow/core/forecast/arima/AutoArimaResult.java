package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import java.util.List;

/**
 * The model auto.arima selected, as a {@link FittedModel} that forecasts with it.
 *
 * @param model the selected fit (by CSS-ML; with its constant fixed when the series, or its
 *     differences, is constant)
 * @param differences d as ndiffs chose it
 * @param tried every candidate fitted, in order (empty when the series, or its differences, is
 *     constant and R fits the one model without searching)
 */
public record AutoArimaResult(ArimaFit model, int differences, List<CandidateScore> tried)
    implements FittedModel {

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
}
