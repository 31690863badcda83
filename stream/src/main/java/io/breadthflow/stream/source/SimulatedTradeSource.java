package io.breadthflow.stream.source;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.sim.SimulatedTrades;
import java.time.Duration;
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
 * the job takes them, stamped with the simulator's own event time (for benchmarks). A live stream
 * may start with a <em>backfill</em>: it begins that long in the past and emits the trades up to
 * the present as fast as the job takes them, stamped with their time in that past, so that a job
 * has warm indicators when it catches up; then it runs on the wall clock. Run it with parallelism
 * 1.
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
    return create(symbols, startPrices, rate, count, seed, Duration.ZERO);
  }

  /**
   * As {@link #create(List, double[], double, long, long)}, a live stream ({@code rate > 0})
   * starting {@code backfill} in the past.
   */
  public static DataGeneratorSource<Trade> create(
      List<String> symbols,
      double[] startPrices,
      double rate,
      long count,
      long seed,
      Duration backfill) {
    if (backfill.isNegative() || (!backfill.isZero() && !(rate > 0))) {
      throw new IllegalArgumentException("a backfill needs a live rate and a positive length");
    }
    Generator generator =
        new Generator(List.copyOf(symbols), startPrices.clone(), rate, seed, backfill);
    return new DataGeneratorSource<>(generator, count, TypeInformation.of(Trade.class));
  }

  /** Trade number {@code index} of the stream; package-private for its tests. */
  static final class Generator implements GeneratorFunction<Long, Trade> {
    private final List<String> symbols;
    private final double[] startPrices;
    private final double rate;
    private final long seed;
    private final Duration backfill;
    private transient SimulatedTrades trades;
    private transient long startNanos;
    private transient Instant startTime;
    private transient long emitted;

    Generator(
        List<String> symbols, double[] startPrices, double rate, long seed, Duration backfill) {
      this.symbols = symbols;
      this.startPrices = startPrices;
      this.rate = rate;
      this.seed = seed;
      this.backfill = backfill;
    }

    @Override
    public void open(SourceReaderContext context) {
      double eventRate = rate > 0 ? rate : 100_000;
      Instant start = rate > 0 ? Instant.now() : Instant.parse("2024-01-02T14:30:00Z");
      trades = new SimulatedTrades(symbols, startPrices, eventRate, start, seed);
      startNanos = System.nanoTime() - backfill.toNanos();
      startTime = Instant.now().minus(backfill);
    }

    @Override
    public Trade map(Long index) {
      Trade trade = trades.next();
      if (rate > 0) {
        long offset = (long) (emitted++ * 1e9 / rate);
        pace(offset);
        Instant time = offset < backfill.toNanos() ? startTime.plusNanos(offset) : Instant.now();
        return new Trade(
            trade.symbol(), time, trade.price(), trade.size(), trade.venue(), trade.conditions());
      }
      return trade;
    }

    /**
     * Waits until the trade {@code offset} nanoseconds into the stream is due; parks only when a
     * millisecond ahead (never during a backfill, whose trades are all due).
     */
    private void pace(long offset) {
      long ahead = startNanos + offset - System.nanoTime();
      if (ahead > 1_000_000) {
        LockSupport.parkNanos(ahead);
      }
    }
  }
}
