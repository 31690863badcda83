package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.support.DemoPointInTime;
import io.breadthflow.core.walkforward.Objective;
import io.breadthflow.core.walkforward.WindowMode;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import org.junit.jupiter.api.Test;

class WalkForwardParametersTest {
  private static final String BODY =
      """
      {"strategy": "sma-cross", "grid": "fast=10..20:10,slow=50", "train": "1y", "test": "3m",
       "symbols": ["AAPL", "MSFT"], "start_date": "2022-01-03", "end_date": "2023-12-29"%s}
      """;

  @Test
  void aMinimalBodyTakesTheDefaults() {
    WalkForwardRequest request = WalkForwardParameters.parse(Json.read(BODY.formatted("")));

    assertThat(request.grid())
        .containsExactly(new StrategySpec.SmaCross(10, 50), new StrategySpec.SmaCross(20, 50));
    assertThat(request.train()).hasToString("1y");
    assertThat(request.test()).hasToString("3m");
    assertThat(request.mode()).isEqualTo(WindowMode.ROLLING);
    assertThat(request.objective()).isEqualTo(Objective.SHARPE);
    assertThat(request.parallel()).isEqualTo(WalkForwardRequest.maxParallel());
    assertThat(request.universe().symbols()).containsExactly("AAPL", "MSFT");
  }

  @Test
  void modeObjectiveAndParallelAreRead() {
    WalkForwardRequest request =
        WalkForwardParameters.parse(
            Json.read(
                BODY.formatted(
                    ", \"mode\": \"anchored\", \"objective\": \"total_return\", \"parallel\": 1")));

    assertThat(request.mode()).isEqualTo(WindowMode.ANCHORED);
    assertThat(request.objective()).isEqualTo(Objective.TOTAL_RETURN);
    assertThat(request.parallel()).isEqualTo(1);
  }

  @Test
  void badFieldsAreRefusedWithOneLine() {
    assertThatThrownBy(
            () -> WalkForwardParameters.parse(Json.read(BODY.formatted(", \"mode\": \"sliding\""))))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("mode must be one of [rolling, anchored], got 'sliding'");
    assertThatThrownBy(
            () -> WalkForwardParameters.parse(Json.read(BODY.formatted(", \"fast\": 3"))))
        .hasMessageStartingWith("unknown parameter 'fast'");
    assertThatThrownBy(
            () -> WalkForwardParameters.parse(Json.read(BODY.formatted(", \"parallel\": 1.5"))))
        .hasMessage("parallel must be a whole number");
    assertThatThrownBy(
            () ->
                WalkForwardParameters.parse(
                    Json.read(BODY.formatted("").replace("\"1y\"", "\"1q\""))))
        .hasMessage("'1q' is not a window length like 10d, 6w, 6m or 2y");
    assertThatThrownBy(
            () ->
                WalkForwardParameters.parse(
                    Json.read(BODY.formatted("").replace(", \"test\": \"3m\"", ""))))
        .hasMessage("test is required, a window length like 6m or 2y");
    assertThatThrownBy(() -> WalkForwardParameters.parse(Json.read("[]")))
        .hasMessage("parameters must be a JSON object");
  }

  private static final String PIT_BODY =
      """
      {"strategy": "sma-cross", "grid": "fast=10,slow=50", "train": "1y", "test": "3m",
       "point_in_time": "demo-pit", "start_date": "2022-01-03", "end_date": "2023-12-29"%s}
      """;

  private static PointInTimeUniverse lookUp(String name) {
    if (!name.equals("demo-pit")) {
      throw UseCaseException.notFound("no point-in-time universe named " + name);
    }
    return DemoPointInTime.universe();
  }

  @Test
  void pointInTimeIsLookedUpAndItsEverMembersAreTheUniverse() {
    WalkForwardRequest request =
        WalkForwardParameters.parse(
            Json.read(PIT_BODY.formatted("")), WalkForwardParametersTest::lookUp);

    assertThat(request.pointInTime().map(PointInTimeUniverse::name)).contains("demo-pit");
    assertThat(request.universe().symbols())
        .containsExactlyInAnyOrder("AAPL", "MSFT", "GOOGL", "AMZN");
    assertThat(request.parameters()).containsEntry("point_in_time", true);
    assertThat(WalkForwardParameters.parse(Json.read(BODY.formatted(""))).pointInTime()).isEmpty();
  }

  @Test
  void pointInTimeWithAnotherUniverseOrWhereNoneCanBeLookedUpIsRefused() {
    assertThatThrownBy(
            () ->
                WalkForwardParameters.parse(
                    Json.read(PIT_BODY.formatted(", \"symbols\": [\"AAPL\"]")),
                    WalkForwardParametersTest::lookUp))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("give one of universe, symbols or point_in_time");
    assertThatThrownBy(
            () ->
                WalkForwardParameters.parse(
                    Json.read(PIT_BODY.formatted(", \"universe\": \"demo_small\"")),
                    WalkForwardParametersTest::lookUp))
        .hasMessage("give one of universe, symbols or point_in_time");
    assertThatThrownBy(
            () ->
                WalkForwardParameters.parse(
                    Json.read(PIT_BODY.formatted("").replace("demo-pit", "nope")),
                    WalkForwardParametersTest::lookUp))
        .hasMessage("no point-in-time universe named nope");
    assertThatThrownBy(() -> WalkForwardParameters.parse(Json.read(PIT_BODY.formatted(""))))
        .hasMessage("point_in_time universes are not available here");
  }
}
