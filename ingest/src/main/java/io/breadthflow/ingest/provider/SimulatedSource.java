package io.breadthflow.ingest.provider;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universes;
import java.time.LocalDate;
import java.util.List;

/**
 * The market simulator as a source ({@code --source sim}): daily bars, seeded and deterministic;
 * sectors from {@code sp100} where the symbol is known.
 */
public final class SimulatedSource implements HistorySource {
  private final MarketSimulator simulator;

  public SimulatedSource(long seed) {
    this.simulator = new MarketSimulator(seed);
  }

  @Override
  public String name() {
    return "sim";
  }

  @Override
  public FetchedHistory fetch(String symbol, Interval interval, LocalDate from, LocalDate to) {
    if (interval != Interval.ONE_DAY) {
      throw new ProviderException(
          "sim "
              + symbol
              + ": the simulator serves daily bars; intraday comes from the trade stream");
    }
    Instrument instrument = Universes.of(List.of(symbol)).members().get(0);
    try {
      List<Bar> bars = simulator.dailyBars(List.of(instrument), from, to).get(symbol);
      return new FetchedHistory(symbol, bars, 0, List.of());
    } catch (IllegalArgumentException e) {
      throw new ProviderException("sim " + symbol + ": " + e.getMessage());
    }
  }
}
