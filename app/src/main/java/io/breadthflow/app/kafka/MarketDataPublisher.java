package io.breadthflow.app.kafka;

import io.breadthflow.app.run.Progress;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.finnhub.FinnhubTradeClient;
import io.breadthflow.ingest.finnhub.TradeListener;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.source.Pacing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes a source's trades to {@code market-data} (Avro, key = symbol) instead of running a job:
 * {@code --to kafka}, and the first step of the Kafka demo.
 */
public final class MarketDataPublisher {
  private final String bootstrap;
  private final Progress progress;
  private final Map<String, String> finnhub;

  /**
   * @param bootstrap the Kafka cluster
   * @param progress told of every thousand trades and of the total
   * @param finnhub Finnhub's URL and key in the {@code BF_*} form, for {@link #finnhub}
   */
  public MarketDataPublisher(String bootstrap, Progress progress, Map<String, String> finnhub) {
    this.bootstrap = bootstrap;
    this.progress = progress;
    this.finnhub = Map.copyOf(finnhub);
  }

  /** Trade files in time order, at {@code pacing}, with a progress bar. */
  public long trades(List<Trade> trades, Pacing pacing) {
    Pacing.Clock clock = pacing.start();
    progress.begin("market-data", (trades.size() + 999) / 1_000);
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      for (int i = 0; i < trades.size(); i++) {
        Trade trade = trades.get(i);
        clock.awaitDue(trade.time().toEpochMilli());
        producer.send(trade);
        if (i % 1_000 == 0) {
          progress.step(trade.symbol());
        }
      }
      producer.flush();
      progress.end();
      return report(producer.sent());
    }
  }

  /**
   * The simulator's trades, stamped with the wall clock, at {@code rate}/s for {@code duration}.
   */
  public long simulator(Universe universe, double rate, Duration duration) {
    double[] prices = universe.startPrices();
    SimulatedTrades simulated =
        new SimulatedTrades(universe.symbols(), prices, rate, Instant.now(), 42);
    long start = System.nanoTime();
    long end = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
    double gapNanos = 1e9 / rate;
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      for (long i = 0; System.nanoTime() < end; i++) {
        long due = start + (long) (i * gapNanos);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        Trade trade = simulated.next();
        producer.send(
            new Trade(
                trade.symbol(), Instant.now(), trade.price(), trade.size(), trade.venue(), ""));
      }
      producer.flush();
      return report(producer.sent());
    }
  }

  /** Live Finnhub trades for {@code duration} (until Ctrl-C when null). */
  public long finnhub(Universe universe, Duration duration) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      TradeListener listener =
          new TradeListener() {
            @Override
            public void onTrade(Trade trade) {
              synchronized (producer) {
                producer.send(trade);
              }
            }

            @Override
            public void onProblem(String message) {
              progress.note("finnhub: " + message);
            }
          };
      try (FinnhubTradeClient client = FinnhubTradeClient.fromEnvironment(finnhub, listener)) {
        client.subscribe(universe.symbols());
        if (duration == null) {
          stopped.await();
        } else {
          stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
      synchronized (producer) {
        producer.flush();
        return report(producer.sent());
      }
    }
  }

  private long report(long sent) {
    progress.note(
        String.format(Locale.ROOT, "published %,d trades to market-data at %s", sent, bootstrap));
    return sent;
  }
}
