package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warm-up descriptors: each column of the daily set computed from two start points agrees from
 * its first stable bar within the tolerance, and the bound is not loose: halfway between the first
 * value and the stable bar the start still shows.
 */
class WarmUpTest {
  private static final double TOLERANCE = WarmUp.DEFAULT_TOLERANCE;
  private static final double ROUNDING = 1e-9;
  private static final int BARS = 3000;
  private static final int OFFSET = 500;

  private final double[] high = new double[BARS];
  private final double[] low = new double[BARS];
  private final double[] close = new double[BARS];
  private final double[] volume = new double[BARS];

  WarmUpTest() {
    Random random = new Random(19);
    double price = 50;
    for (int i = 0; i < BARS; i++) {
      price *= Math.exp(0.0003 + 0.015 * random.nextGaussian());
      close[i] = price;
      high[i] = price * (1 + 0.01 * random.nextDouble());
      low[i] = price * (1 - 0.01 * random.nextDouble());
      volume[i] = 1e6 * (0.5 + random.nextDouble());
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {2.0 / 21, 2.0 / 27, 0.2, 1.0 / 14, 0.5, 1.0})
  void oneStageIsStableAfterTheSmallestKWhoseRemainingWeightIsBelowTolerance(double alpha) {
    int k = 0;
    while (Math.pow(1 - alpha, k) > TOLERANCE) {
      k++;
    }
    assertThat(SeedDecay.stableFrom(7, alpha, TOLERANCE)).isEqualTo(7 + k);
  }

  @Test
  void documentedStableBarsOfTheStandardParameters() {
    assertThat(new Ema(20).warmUp()).isEqualTo(new WarmUp(19, 19 + 139, TOLERANCE));
    assertThat(new Ema(20, Seeding.TRADINGVIEW).warmUp()).isEqualTo(new WarmUp(0, 139, TOLERANCE));
    assertThat(new Rsi(14).warmUp()).isEqualTo(new WarmUp(14, 201, TOLERANCE));
    assertThat(new Sma(200).warmUp()).isEqualTo(new WarmUp(199, 199, TOLERANCE));
    assertThat(Macd.standard().lineWarmUp(TOLERANCE).stableFrom()).isEqualTo(25 + 180);
    assertThat(new Obv().warmUp(TOLERANCE).isCumulative()).isTrue();
    assertThat(new TrueRange().warmUp(TOLERANCE)).isEqualTo(new WarmUp(1, 1, TOLERANCE));
    assertThat(new SmaBank(3, 50).warmUp(TOLERANCE)).isEqualTo(new WarmUp(49, 49, TOLERANCE));
    assertThat(new Atr(14, Seeding.TRADINGVIEW).warmUp(TOLERANCE))
        .isEqualTo(new WarmUp(13, 200, TOLERANCE));
    assertThat(new Dmi(14).warmUp(TOLERANCE)).isEqualTo(new WarmUp(27, 240, TOLERANCE));
  }

  @Test
  void aChainIsStableNoEarlierThanItsSlowestStageAlone() {
    int single = SeedDecay.stableFrom(25, 2.0 / 27, TOLERANCE);
    int chain = SeedDecay.chain(TOLERANCE, new int[] {25, 33}, new double[] {2.0 / 27, 0.2});
    assertThat(chain).isGreaterThan(single).isLessThan(single + 62);
  }

  @ParameterizedTest
  @EnumSource(Seeding.class)
  void everyColumnAgreesAcrossStartsFromItsStableBar(Seeding seeding) {
    StartDependence runs = StartDependence.of(high, low, close, volume, OFFSET, seeding);
    List<WarmUp> warmUps = new DailyIndicatorSet(seeding).warmUps(TOLERANCE);
    for (int c = 0; c < warmUps.size(); c++) {
      WarmUp warmUp = warmUps.get(c);
      if (warmUp.isCumulative()) {
        continue;
      }
      double allowed = warmUp.stableFrom() == warmUp.lookback() ? ROUNDING : TOLERANCE;
      assertThat(runs.largestFrom(c, warmUp.stableFrom()))
          .as(DailyIndicatorSet.COLUMNS.get(c) + " from bar " + warmUp.stableFrom())
          .isLessThanOrEqualTo(allowed);
    }
  }

  @ParameterizedTest
  @EnumSource(Seeding.class)
  void halfwayToTheStableBarTheStartStillShows(Seeding seeding) {
    StartDependence runs = StartDependence.of(high, low, close, volume, OFFSET, seeding);
    List<WarmUp> warmUps = new DailyIndicatorSet(seeding).warmUps(TOLERANCE);
    for (int c = 0; c < warmUps.size(); c++) {
      WarmUp warmUp = warmUps.get(c);
      if (warmUp.isCumulative() || warmUp.stableFrom() == warmUp.lookback()) {
        continue;
      }
      int halfway = warmUp.lookback() + (warmUp.stableFrom() - warmUp.lookback()) / 2;
      assertThat(runs.difference(c, halfway))
          .as(DailyIndicatorSet.COLUMNS.get(c) + " at bar " + halfway)
          .isGreaterThan(TOLERANCE);
    }
  }

  @Test
  void obvLevelDependsOnTheStartForeverButItsChangesDoNot() {
    double[] full = Obv.compute(close, volume);
    double[] late =
        Obv.compute(
            java.util.Arrays.copyOfRange(close, OFFSET, BARS),
            java.util.Arrays.copyOfRange(volume, OFFSET, BARS));
    int last = late.length - 1;
    assertThat(Math.abs(full[last + OFFSET] - late[last])).isGreaterThan(1);
    assertThat(full[last + OFFSET] - full[last - 1 + OFFSET])
        .isEqualTo(late[last] - late[last - 1]);
  }

  @Test
  void invalidDescriptorsAreRejected() {
    assertThatThrownBy(() -> new WarmUp(5, 4, TOLERANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stableFrom");
    assertThatThrownBy(() -> new Ema(20).warmUp(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tolerance");
    assertThatThrownBy(() -> new Ema(20).warmUp(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tolerance");
  }
}
