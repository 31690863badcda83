package io.breadthflow.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.ingest.universe.Universes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statistical properties of the simulated market, measured on sp100 over 2005-2024. */
class MarketSimulatorTest {
  private static final LocalDate FROM = LocalDate.of(2005, 1, 3);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);
  private static List<Instrument> members;
  private static Map<String, List<Bar>> bars;

  @BeforeAll
  static void simulate() {
    members = Universes.sp100().members();
    bars = new MarketSimulator(7).dailyBars(members, FROM, TO);
  }

  @Test
  void everyBarIsValidAndOnEveryNyseSession() {
    List<LocalDate> sessions = NyseCalendar.tradingDays(FROM, TO);
    for (List<Bar> series : bars.values()) {
      assertThat(series).extracting(Bar::sessionDate).containsExactlyElementsOf(sessions);
      assertThat(series)
          .allSatisfy(
              b ->
                  assertThat(BarValidator.check(b.open(), b.high(), b.low(), b.close(), b.volume()))
                      .isEmpty());
    }
  }

  @Test
  void sameSeedGivesTheSamePricesForAnySubRangeAndAnotherSeedDoesNot() {
    List<Instrument> two = members.subList(0, 2);
    Map<String, List<Bar>> part =
        new MarketSimulator(7).dailyBars(two, LocalDate.of(2010, 6, 1), LocalDate.of(2010, 6, 30));
    Map<String, List<Bar>> other =
        new MarketSimulator(8).dailyBars(two, LocalDate.of(2010, 6, 1), LocalDate.of(2010, 6, 30));

    List<Bar> whole = bars.get(two.get(0).symbol());
    assertThat(whole).containsAll(part.get(two.get(0).symbol()));
    assertThat(other.get(two.get(0).symbol())).doesNotContainAnyElementsOf(whole);
  }

  @Test
  void stocksOfOneSectorMoveTogetherMoreThanStocksOfDifferentSectors() {
    double same = 0;
    double different = 0;
    int sameCount = 0;
    int differentCount = 0;
    for (int i = 0; i < 40; i++) {
      for (int j = i + 1; j < 40; j++) {
        double c = correlation(returns(members.get(i)), returns(members.get(j)));
        if (members.get(i).sector().equals(members.get(j).sector())) {
          same += c;
          sameCount++;
        } else {
          different += c;
          differentCount++;
        }
      }
    }
    double sameMean = same / sameCount;
    double differentMean = different / differentCount;
    assertThat(differentMean).as("market factor").isBetween(0.1, 0.7);
    assertThat(sameMean).as("sector factor on top").isGreaterThan(differentMean + 0.05);
  }

  @Test
  void volatilityClustersWhileReturnsThemselvesAreNearlyUncorrelated() {
    double[] market = new double[returns(members.get(0)).length];
    for (Instrument member : members) {
      double[] r = returns(member);
      for (int t = 0; t < r.length; t++) {
        market[t] += r[t] / members.size();
      }
    }
    double[] magnitude = new double[market.length];
    for (int t = 0; t < market.length; t++) {
      magnitude[t] = Math.abs(market[t]);
    }

    assertThat(lagOneAutocorrelation(magnitude)).isGreaterThan(0.15);
    assertThat(Math.abs(lagOneAutocorrelation(market))).isLessThan(0.1);
  }

  @Test
  void breadthSwingsBetweenWashoutsAndBroadRallies() {
    List<String> symbols = members.stream().map(Instrument::symbol).toList();
    LocalDate[] sessions = NyseCalendar.tradingDays(FROM, TO).toArray(LocalDate[]::new);
    double[][] close = new double[symbols.size()][];
    double[][] volume = new double[symbols.size()][];
    for (int s = 0; s < symbols.size(); s++) {
      List<Bar> series = bars.get(symbols.get(s));
      close[s] = series.stream().mapToDouble(Bar::close).toArray();
      volume[s] = series.stream().mapToDouble(Bar::volume).toArray();
    }

    List<BreadthRow> breadth = BreadthEngine.compute(sessions, close, volume, FROM);

    double[] pct50 =
        breadth.stream()
            .mapToDouble(BreadthRow::pctAboveSma50)
            .filter(x -> !Double.isNaN(x))
            .toArray();
    assertThat(java.util.Arrays.stream(pct50).min().orElseThrow()).isLessThan(15);
    assertThat(java.util.Arrays.stream(pct50).max().orElseThrow()).isGreaterThan(85);
    assertThat(breadth.stream().filter(BreadthRow::zbtThrust).count()).isPositive();
  }

  @Test
  void rangeOutsideTheSimulatedYearsIsRejected() {
    assertThatThrownBy(
            () ->
                new MarketSimulator(1)
                    .dailyBars(members, LocalDate.of(1999, 1, 4), LocalDate.of(2000, 2, 1)))
        .hasMessageContaining("covers 2000-01-03 to 2030-12-31");
  }

  private static double[] returns(Instrument member) {
    List<Bar> series = bars.get(member.symbol());
    double[] r = new double[series.size() - 1];
    for (int t = 1; t < series.size(); t++) {
      r[t - 1] = Math.log(series.get(t).close() / series.get(t - 1).close());
    }
    return r;
  }

  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static double lagOneAutocorrelation(double[] x) {
    return correlation(
        java.util.Arrays.copyOfRange(x, 0, x.length - 1),
        java.util.Arrays.copyOfRange(x, 1, x.length));
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }
}
