package io.breadthflow.core.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded random-walk closes with gaps, late listings, ties and sectors, for evaluator tests. */
final class TestPanels {
  static final String[] SECTORS = {"Energy", "Financials", "Information Technology"};

  final List<String> symbols = new ArrayList<>();
  final Map<String, String> sectorOf = new LinkedHashMap<>();
  final double[][] close;
  final double[][] volume;
  final LocalDate[] sessions;

  /**
   * {@code count} symbols over {@code days} sessions; every fifth symbol has no sector, every
   * seventh lists late, a few bars are missing and some closes repeat (unchanged, ties).
   */
  TestPanels(int count, int days, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    close = new double[count][days];
    volume = new double[count][days];
    sessions = new LocalDate[days];
    for (int t = 0; t < days; t++) {
      sessions[t] = LocalDate.of(2020, 1, 1).plusDays(t);
    }
    for (int s = 0; s < count; s++) {
      String symbol = String.format("S%03d", s);
      symbols.add(symbol);
      sectorOf.put(symbol, s % 5 == 4 ? "" : SECTORS[s % SECTORS.length]);
      double price = 20 + 80 * random.nextDouble();
      int listed = s % 7 == 6 ? 30 + random.nextInt(100) : 0;
      for (int t = 0; t < days; t++) {
        if (t < listed || random.nextInt(60) == 0) {
          close[s][t] = Double.NaN;
          volume[s][t] = Double.NaN;
          continue;
        }
        if (random.nextInt(15) != 0) {
          price = Math.round(price * Math.exp(0.02 * random.nextGaussian()) * 100) / 100.0;
        }
        close[s][t] = price;
        volume[s][t] = 1000 + random.nextInt(9000);
      }
    }
  }

  /** The closes of session t across symbols. */
  double[] session(int t) {
    double[] at = new double[close.length];
    for (int s = 0; s < close.length; s++) {
      at[s] = close[s][t];
    }
    return at;
  }

  /** Indices of the members of {@code sector} ("" for every member). */
  int[] members(String sector) {
    return java.util.stream.IntStream.range(0, symbols.size())
        .filter(s -> sector.isEmpty() || sector.equals(sectorOf.get(symbols.get(s))))
        .toArray();
  }

  double[][] rows(double[][] field, int[] members) {
    double[][] out = new double[members.length][];
    for (int i = 0; i < members.length; i++) {
      out[i] = field[members[i]];
    }
    return out;
  }
}
