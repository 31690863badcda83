package io.breadthflow.cli.demo;

import io.breadthflow.cli.UsageException;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf demo}: runs the indicator engine over a seeded synthetic market and prints the latest
 * readings per symbol. Offline and deterministic.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Runs the indicator engine on a seeded synthetic market (offline) and prints the latest"
            + " readings per symbol.")
public final class DemoCommand implements Callable<Integer> {
  private static final List<String> SYMBOLS = List.of("DEMOA", "DEMOB", "DEMOC", "DEMOD");
  private static final LocalDate END = LocalDate.of(2024, 12, 31);

  @Spec private CommandSpec spec;

  @Option(names = "--quick", description = "One year of sessions instead of five.")
  private boolean quick;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() {
    if (seed < 0) {
      throw new UsageException("--seed must not be negative but was " + seed);
    }
    PrintWriter out = spec.commandLine().getOut();
    LocalDate start = quick ? END.minusYears(1).plusDays(1) : END.minusYears(5).plusDays(1);
    List<List<Bar>> market = new SyntheticMarket(seed).generate(SYMBOLS, start, END);
    out.printf(
        Locale.ROOT,
        "BreadthFlow demo: %d synthetic symbols, %d sessions each (%s to %s), seed %d%n%n",
        SYMBOLS.size(),
        market.get(0).size(),
        market.get(0).get(0).sessionDate(),
        market.get(0).get(market.get(0).size() - 1).sessionDate(),
        seed);
    out.printf(
        Locale.ROOT,
        "%-7s %10s %10s %7s %9s %8s %7s %7s %7s  %s%n",
        "symbol",
        "close",
        "sma_20",
        "rsi_14",
        "macd_hist",
        "atr_14",
        "adx_14",
        "stoch_k",
        "vol_20",
        "reading");
    double[] values = new double[DailyIndicatorSet.width()];
    for (List<Bar> bars : market) {
      DailyIndicatorSet indicators = new DailyIndicatorSet();
      for (Bar bar : bars) {
        indicators.update(bar.high(), bar.low(), bar.close(), bar.volume(), values);
      }
      Bar last = bars.get(bars.size() - 1);
      out.printf(
          Locale.ROOT,
          "%-7s %10.2f %10.2f %7.1f %9.3f %8.3f %7.1f %7.1f %6.1f%%  %s%n",
          last.symbol(),
          last.close(),
          values[0],
          values[2],
          values[5],
          values[9],
          values[10],
          values[11],
          values[15] * 100,
          reading(last.close(), values));
    }
    out.println();
    out.println("Next: ./bf indicators --input path/to/SYMBOL.csv > indicators.csv");
    return 0;
  }

  private static String reading(double close, double[] v) {
    String trend = close > v[0] ? "above SMA20" : "below SMA20";
    String momentum = v[2] >= 70 ? ", RSI overbought" : v[2] <= 30 ? ", RSI oversold" : "";
    String strength = v[10] >= 25 ? ", trending (ADX>=25)" : ", ranging";
    return trend + momentum + strength;
  }
}
