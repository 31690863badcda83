package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BreadthMembershipTest {
  private static final LocalDate DAY0 = LocalDate.of(2020, 1, 2);
  private static final int SYMBOLS = 8;
  private static final int SESSIONS = 400;

  @Test
  void everySymbolAlwaysAMemberGivesIdenticalRows() {
    double[][] close = walk(1);
    double[][] volume = volume();
    MemberMask all = MemberMask.all(SYMBOLS, SESSIONS);
    LocalDate from = DAY0.plusDays(100);

    assertThat(BreadthEngine.compute(sessions(), close, volume, from, all))
        .isEqualTo(BreadthEngine.compute(sessions(), close, volume, from));
    assertThat(BreadthCatalogue.compute(sessions(), close, volume, from, all))
        .isEqualTo(BreadthCatalogue.compute(sessions(), close, volume, from));
  }

  @Test
  void aSymbolThatIsNeverAMemberChangesNothing() {
    double[][] close = walk(2);
    double[][] volume = volume();
    boolean[][] member = new boolean[SYMBOLS][SESSIONS];
    for (int s = 1; s < SYMBOLS; s++) {
      Arrays.fill(member[s], true);
    }
    MemberMask mask = MemberMask.of(member, SESSIONS);
    double[][] others = Arrays.copyOfRange(close, 1, SYMBOLS);
    double[][] otherVolume = Arrays.copyOfRange(volume, 1, SYMBOLS);

    assertThat(BreadthEngine.compute(sessions(), close, volume, DAY0, mask))
        .isEqualTo(BreadthEngine.compute(sessions(), others, otherVolume, DAY0));
    assertThat(BreadthCatalogue.compute(sessions(), close, volume, DAY0, mask))
        .isEqualTo(BreadthCatalogue.compute(sessions(), others, otherVolume, DAY0));
  }

  @Test
  void membersAreCountedWithTheirWholeHistoryAsANaiveRecountDoes() {
    double[][] close = walk(3);
    boolean[][] member = churn(3);
    MemberMask mask = MemberMask.of(member, SESSIONS);

    List<BreadthRow> rows = BreadthEngine.compute(sessions(), close, volume(), DAY0, mask);
    List<CatalogueRow> catalogue =
        BreadthCatalogue.compute(sessions(), close, volume(), DAY0, mask);

    for (int t = 1; t < SESSIONS; t++) {
      int advancers = 0;
      int decliners = 0;
      int above = 0;
      int with50 = 0;
      int highs = 0;
      for (int s = 0; s < SYMBOLS; s++) {
        if (!member[s][t] || Double.isNaN(close[s][t])) {
          continue;
        }
        double[] own = ownCloses(close[s], t);
        double c = close[s][t];
        double previous = own.length > 1 ? own[own.length - 2] : Double.NaN;
        advancers += c > previous ? 1 : 0;
        decliners += c < previous ? 1 : 0;
        if (own.length >= 50) {
          with50++;
          double sma = Arrays.stream(own, own.length - 50, own.length).average().orElseThrow();
          above += c - sma > 1e-12 * sma ? 1 : 0;
        }
        if (own.length > 252) {
          double high = Arrays.stream(own, own.length - 253, own.length - 1).max().orElseThrow();
          highs += c > high ? 1 : 0;
        }
      }
      BreadthRow row = rows.get(t);
      assertThat(row.advancers()).as("advancers on %d", t).isEqualTo(advancers);
      assertThat(row.decliners()).as("decliners on %d", t).isEqualTo(decliners);
      assertThat(row.newHighs52w()).as("new highs on %d", t).isEqualTo(highs);
      if (with50 > 0) {
        assertThat(row.pctAboveSma50()).isCloseTo(100.0 * above / with50, within(1e-9));
      }
      assertThat(catalogue.get(t).advancers()).isEqualTo(advancers);
      assertThat(catalogue.get(t).decliners()).isEqualTo(decliners);
    }
  }

  /** The symbol's closes up to and including session t, gaps skipped. */
  private static double[] ownCloses(double[] close, int t) {
    return Arrays.stream(close, 0, t + 1).filter(c -> !Double.isNaN(c)).toArray();
  }

  /** Each symbol enters and leaves the universe a few times; some sessions have no bar. */
  private static boolean[][] churn(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean[][] member = new boolean[SYMBOLS][SESSIONS];
    for (int s = 0; s < SYMBOLS; s++) {
      boolean in = random.nextBoolean();
      for (int t = 0; t < SESSIONS; t++) {
        in = random.nextInt(60) == 0 ? !in : in;
        member[s][t] = in;
      }
    }
    return member;
  }

  private static double[][] walk(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] close = new double[SYMBOLS][SESSIONS];
    for (int s = 0; s < SYMBOLS; s++) {
      double price = 20 + 80 * random.nextDouble();
      for (int t = 0; t < SESSIONS; t++) {
        price *= Math.exp(0.02 * random.nextGaussian());
        close[s][t] = random.nextInt(50) == 0 ? Double.NaN : Math.round(price * 100) / 100.0;
      }
    }
    return close;
  }

  private static double[][] volume() {
    double[][] volume = new double[SYMBOLS][SESSIONS];
    for (int s = 0; s < SYMBOLS; s++) {
      Arrays.fill(volume[s], 1000 + s);
    }
    return volume;
  }

  private static LocalDate[] sessions() {
    LocalDate[] sessions = new LocalDate[SESSIONS];
    for (int t = 0; t < SESSIONS; t++) {
      sessions[t] = DAY0.plusDays(t);
    }
    return sessions;
  }
}
