package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance: on the real daily bars of all S&amp;P 500 symbols, 2013–2018, every column of the
 * daily set computed from the first bar and from 500 bars later agrees from its stable bar within
 * the tolerance, and halfway to it the start still shows for the median symbol at least (the bound
 * is not loose).
 */
class WarmUpAcceptanceTest {
  private static final double TOLERANCE = WarmUp.DEFAULT_TOLERANCE;
  private static final int OFFSET = 500;
  private static List<DailySeries> universe;

  @BeforeAll
  static void loadUniverse() throws IOException {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    try (Stream<Path> files = Files.list(folder)) {
      universe =
          files
              .filter(p -> p.toString().endsWith(".csv"))
              .sorted()
              .map(WarmUpAcceptanceTest::read)
              .filter(s -> s.size() > OFFSET + 400)
              .toList();
    }
  }

  @ParameterizedTest
  @EnumSource(Seeding.class)
  void stableBarsHoldOnEverySp500Symbol(Seeding seeding) {
    List<WarmUp> warmUps = new DailyIndicatorSet(seeding).warmUps(TOLERANCE);
    int columns = warmUps.size();
    int[] showing = new int[columns];
    assertThat(universe).hasSizeGreaterThan(400);
    for (DailySeries s : universe) {
      StartDependence runs =
          StartDependence.of(s.high(), s.low(), s.close(), s.volume(), OFFSET, seeding);
      for (int c = 0; c < columns; c++) {
        WarmUp warmUp = warmUps.get(c);
        if (warmUp.isCumulative()) {
          continue;
        }
        boolean exact = warmUp.stableFrom() == warmUp.lookback();
        assertThat(runs.largestFrom(c, warmUp.stableFrom()))
            .as(s.symbol() + " " + DailyIndicatorSet.COLUMNS.get(c))
            .isLessThanOrEqualTo(exact ? 1e-9 : TOLERANCE);
        int halfway = warmUp.lookback() + (warmUp.stableFrom() - warmUp.lookback()) / 2;
        if (!exact && runs.difference(c, halfway) > TOLERANCE) {
          showing[c]++;
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      WarmUp warmUp = warmUps.get(c);
      if (!warmUp.isCumulative() && warmUp.stableFrom() > warmUp.lookback()) {
        System.out.println(
            seeding
                + " "
                + DailyIndicatorSet.COLUMNS.get(c)
                + ": start still shows halfway for "
                + showing[c]
                + " of "
                + universe.size()
                + " symbols");
        assertThat(showing[c])
            .as(DailyIndicatorSet.COLUMNS.get(c) + ": symbols still showing the start halfway")
            .isGreaterThanOrEqualTo(universe.size() / 2);
      }
    }
  }

  private static DailySeries read(Path file) {
    try {
      return DailySeries.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
