package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.Direction;
import org.junit.jupiter.api.Test;

class BacktestParametersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID =
      "{\"strategy\":\"rsi-reversion\",\"symbols\":[\"aapl\",\"MSFT\",\"AAPL\"],"
          + "\"start_date\":\"2023-01-03\",\"end_date\":\"2023-12-29\"";

  @Test
  void everyParameterOfTheCliIsAcceptedWithTheSameDefaults() throws Exception {
    BacktestRequest request =
        BacktestParameters.parse(
            JSON.readTree(
                VALID
                    + ",\"rsi_period\":7,\"oversold\":25,\"commission_per_share\":0.01,"
                    + "\"sizing\":\"volatility_target\",\"max_positions\":2,\"long_short\":true,"
                    + "\"benchmark\":\"spy\"}"));

    assertThat(request.strategy()).isEqualTo(new StrategySpec.RsiReversion(7, 25, 70));
    assertThat(request.universe().symbols()).containsExactly("AAPL", "MSFT");
    assertThat(request.config().commissionPerShare()).isEqualTo(0.01);
    assertThat(request.config().maxPositions()).isEqualTo(2);
    assertThat(request.config().direction()).isEqualTo(Direction.LONG_SHORT);
    assertThat(request.config().initialCapital()).isEqualTo(100_000);
    assertThat(request.benchmark()).contains("SPY");
  }

  @Test
  void backtestsReadTotalReturnPricesUnlessAnotherBasisIsNamed() throws Exception {
    assertThat(BacktestParameters.parse(JSON.readTree(VALID + "}")).adjustment())
        .isEqualTo(Adjustment.TOTAL_RETURN);
    assertThat(
            BacktestParameters.parse(JSON.readTree(VALID + ",\"adjust\":\"split\"}")).adjustment())
        .isEqualTo(Adjustment.SPLIT_ADJUSTED);
    BacktestRequest raw = BacktestParameters.parse(JSON.readTree(VALID + ",\"adjust\":\"raw\"}"));
    assertThat(raw.adjustment()).isEqualTo(Adjustment.RAW);
    assertThat(raw.parameters()).containsEntry("adjust", "raw");
  }

  @Test
  void anUnknownPriceBasisIsRefusedWithTheAcceptedOnes() {
    assertInvalid(",\"adjust\":\"dividends\"}", "adjust must be one of raw, split, total-return");
    assertInvalid(",\"adjust\":1}", "adjust must be a string");
  }

  @Test
  void absurdValuesAreRefusedWithTheirRange() {
    assertInvalid(",\"rsi_period\":2147483647}", "rsi_period must be between 2 and 500");
    assertInvalid(",\"rsi_period\":1e300}", "rsi_period is out of range");
    assertInvalid(",\"initial_capital\":1.7e308}", "initial_capital must be between 1 and");
    assertInvalid(",\"commission_bps\":1e308}", "commission_bps must be between 0 and 1000");
    assertInvalid(",\"oversold\":80}", "oversold (80.0) must be below overbought (70.0)");
    assertInvalid(",\"rsi_period\":7.5}", "rsi_period must be a whole number");
    assertInvalid(",\"sizing\":\"all_in\"}", "sizing must be equal_weight or volatility_target");
  }

  @Test
  void theSmaCrossStrategyKeepsItsPeriodsApartAndBounded() {
    assertThatThrownBy(() -> new StrategySpec.SmaCross(200, 50))
        .hasMessage("fast (200) must be below slow (50)");
    assertThatThrownBy(() -> new StrategySpec.SmaCross(50, 700_000_000))
        .hasMessage("slow must be between 2 and 1000, got 700000000");
    assertThat(new StrategySpec.SmaCross(50, 200).parameters()).containsEntry("slow", 200);
  }

  private static void assertInvalid(String tail, String message) {
    assertThatThrownBy(() -> BacktestParameters.parse(JSON.readTree(VALID + tail)))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.INVALID_REQUEST);
  }
}
