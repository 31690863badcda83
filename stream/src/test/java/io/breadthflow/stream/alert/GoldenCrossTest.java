package io.breadthflow.stream.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.support.Rows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenCrossTest {
  private static final Instant FIRST = Instant.parse("2024-03-01T14:30:00Z");
  private static final double SURGE = 3_500; // 3.5× the mean of 1,000: a surge under the defaults

  /**
   * 60 bars of MSFT: a cross confirmed 3 bars later (bar 13); one whose surge comes 7 bars later,
   * too late (bar 27); two crosses confirmed by one surge (bar 34); a surge on the crossing bar
   * itself, which does not confirm it, then one a bar later (bar 41); and a cross whose next bar
   * comes after a gap longer than the pattern's window (bar 51, 30 minutes later).
   */
  private static List<IndicatorRow> sixtyBars() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Rows.Row row = Rows.of("MSFT", FIRST, i);
      if (i == 10 || i == 20 || i == 30 || i == 32 || i == 40 || i == 50) {
        row.goldenCross(100 + i / 10.0, 100);
      }
      if (i == 13 || i == 27 || i == 34 || i == 40 || i == 41 || i == 51) {
        row.volume(SURGE, 1_000, 100);
      }
      if (i >= 51) {
        row.at(FIRST.plusSeconds(60L * i + 30 * 60));
      }
      rows.add(row.build());
    }
    return rows;
  }

  private static Alert confirmed(int bar, double sma50, int barsLater) {
    return new Alert(
        "MSFT",
        "1m",
        FIRST.plusSeconds(60L * bar),
        "golden_cross_confirmed",
        "info",
        String.format(
            java.util.Locale.ROOT,
            "MSFT golden cross (SMA50 %.2f > SMA200 100.00) confirmed by volume 3.5× its mean"
                + " %d bar(s) later",
            sma50,
            barsLater),
        3.5);
  }

  @Test
  void sixtyBarsRaiseExactlyTheConfirmedCrosses() {
    GoldenCross pattern = new GoldenCross(AlertRules.defaults(), Duration.ofMinutes(1));
    GoldenCrossState state = new GoldenCrossState();
    List<Alert> raised = new ArrayList<>();

    for (IndicatorRow row : sixtyBars()) {
      pattern.update(row, state, raised);
    }

    assertThat(raised)
        .containsExactly(
            confirmed(13, 101, 3),
            confirmed(34, 103, 4),
            confirmed(34, 103.2, 2),
            confirmed(41, 104, 1));
    assertThat(state.isEmpty()).isTrue();
  }

  @Test
  void aCrossWaitsOnlyForItsConfirmationBars() {
    GoldenCross pattern = new GoldenCross(AlertRules.defaults(), Duration.ofMinutes(1));
    GoldenCrossState state = new GoldenCrossState();
    List<Alert> raised = new ArrayList<>();

    pattern.update(Rows.of("MSFT", FIRST, 0).goldenCross(101, 100).build(), state, raised);
    assertThat(state.pending()).hasSize(1);
    for (int i = 1; i <= 5; i++) {
      pattern.update(Rows.of("MSFT", FIRST, i).build(), state, raised);
    }
    assertThat(state.pending()).hasSize(1);
    pattern.update(Rows.of("MSFT", FIRST, 6).build(), state, raised);

    assertThat(state.isEmpty()).isTrue();
    assertThat(raised).isEmpty();
  }

  @Test
  void waitingCrossesSurviveTheirSerializerUnchanged() {
    GoldenCrossState state = new GoldenCrossState();
    state.pending.add(new GoldenCrossState.Cross(30, 1_000, 103, 100));
    state.pending.add(new GoldenCrossState.Cross(32, 2_000, 103.2, 100));

    assertThat(GoldenCrossStateSerializer.INSTANCE.copy(state)).isEqualTo(state);
  }

  @Test
  void theLongestBarMustBePositive() {
    assertThatThrownBy(() -> new GoldenCross(AlertRules.defaults(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longestBar");
  }
}
