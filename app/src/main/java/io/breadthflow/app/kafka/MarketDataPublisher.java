package io.breadthflow.cli.stream;

import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.finnhub.FinnhubTradeClient;
import io.breadthflow.ingest.finnhub.TradeListener;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.source.Pacing;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** {@code --to kafka}: sources publish their trades to {@code market-data} instead of a job. */
final class MarketDataPublisher {
  private final String bootstrap;
  private final PrintWriter err;

  MarketDataPublisher(String bootstrap, PrintWriter err) {
    this.bootstrap = bootstrap;
    this.err = err;
  }

  /** Trade files in time order, at {@code pacing}, with a progress bar. */
  void trades(List<Trade> trades, Pacing pacing) {
    Pacing.Clock clock = pacing.start();
    ProgressBar progress =
        ProgressBar.onTerminal(err, "market-data", (trades.size() + 999) / 1_000);
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
      progress.finish();
      report(producer.sent());
    }
  }

  /**
   * The simulator's trades, stamped with the wall clock, at {@code rate}/s for {@code duration}.
   */
  void simulator(Universe universe, double rate, Duration duration, double[] prices) {
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
      report(producer.sent());
    }
  }

  /** Live Finnhub trades for {@code duration} (until Ctrl-C when null). */
  void finnhub(Universe universe, Duration duration) throws InterruptedException {
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
              err.println("finnhub: " + message);
              err.flush();
            }
          };
      try (FinnhubTradeClient client =
          FinnhubTradeClient.fromEnvironment(StreamLaunch.finnhubEnvironment(), listener)) {
        client.subscribe(universe.symbols());
        if (duration == null) {
          stopped.await();
        } else {
          stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
      synchronized (producer) {
        producer.flush();
        report(producer.sent());
      }
    }
  }

  private void report(long sent) {
    err.printf(Locale.ROOT, "published %,d trades to market-data at %s%n", sent, bootstrap);
    err.flush();
  }
}
