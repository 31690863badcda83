package io.breadthflow.stream.source;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.sim.SimulatedTrades;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * The market simulator's trade stream as a Flink source. Live (with a rate): {@code rate} trades a
 * second stamped with the wall clock, as an exchange feed would be. Unpaced (rate 0): as fast as
 * the job takes them, stamped with the simulator's own event time (for benchmarks). Run it with
 * parallelism 1.
 */
public final class SimulatedTradeSource {
  private SimulatedTradeSource() {}

  /**
   * @param symbols the universe
   * @param startPrices each symbol's first price
   * @param rate trades per second; 0 for unpaced
   * @param count trades in all ({@code Long.MAX_VALUE} for an endless stream)
   * @param seed random seed
   */
  public static DataGeneratorSource<Trade> create(
      List<String> symbols, double[] startPrices, double rate, long count, long seed) {
    Generator generator = new Generator(List.copyOf(symbols), startPrices.clone(), rate, seed);
    return new DataGeneratorSource<>(generator, count, TypeInformation.of(Trade.class));
  }

  private static final class Generator implements GeneratorFunction<Long, Trade> {
    private final List<String> symbols;
    private final double[] startPrices;
    private final double rate;
    private final long seed;
    private transient SimulatedTrades trades;
    private transient long startNanos;
    private transient long emitted;

    Generator(List<String> symbols, double[] startPrices, double rate, long seed) {
      this.symbols = symbols;
      this.startPrices = startPrices;
      this.rate = rate;
      this.seed = seed;
    }

    @Override
    public void open(SourceReaderContext context) {
      double eventRate = rate > 0 ? rate : 100_000;
      Instant start = rate > 0 ? Instant.now() : Instant.parse("2024-01-02T14:30:00Z");
      trades = new SimulatedTrades(symbols, startPrices, eventRate, start, seed);
      startNanos = System.nanoTime();
    }

    @Override
    public Trade map(Long index) {
      Trade trade = trades.next();
      if (rate > 0) {
        pace();
        return new Trade(
            trade.symbol(),
            Instant.now(),
            trade.price(),
            trade.size(),
            trade.venue(),
            trade.conditions());
      }
      return trade;
    }

    /** Waits until the next trade is due at {@code rate}; parks only when a millisecond ahead. */
    private void pace() {
      long due = startNanos + (long) (emitted++ * 1e9 / rate);
      long ahead = due - System.nanoTime();
      if (ahead > 1_000_000) {
        LockSupport.parkNanos(ahead);
      }
    }
  }
}
