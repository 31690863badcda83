package io.breadthflow.stream.source;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.finnhub.FinnhubTradeClient;
import io.breadthflow.ingest.finnhub.TradeListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.functions.source.legacy.RichSourceFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live trades from Finnhub's WebSocket ({@code BF_FINNHUB_WS_URL}, {@code BF_FINNHUB_API_KEY}): the
 * ingest module's client (reconnects, resubscribes, drops the trades a reconnect replays) feeding
 * the job. Live data cannot be replayed: after a restart the job continues with the trades that
 * arrive from then on.
 */
public final class FinnhubSource extends RichSourceFunction<Trade> {
  private static final Logger LOG = LoggerFactory.getLogger(FinnhubSource.class);
  private final Map<String, String> environment;
  private final List<String> symbols;
  private volatile boolean running = true;

  public FinnhubSource(Map<String, String> environment, List<String> symbols) {
    this.environment = Map.copyOf(environment);
    this.symbols = List.copyOf(symbols);
  }

  @Override
  public void run(SourceContext<Trade> ctx) throws Exception {
    BlockingQueue<Trade> trades = new ArrayBlockingQueue<>(10_000);
    TradeListener listener =
        new TradeListener() {
          @Override
          public void onTrade(Trade trade) {
            try {
              trades.put(trade);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }

          @Override
          public void onProblem(String message) {
            LOG.warn("finnhub: {}", message);
          }
        };
    try (FinnhubTradeClient client = FinnhubTradeClient.fromEnvironment(environment, listener)) {
      client.subscribe(symbols);
      while (running) {
        Trade trade = trades.poll(100, TimeUnit.MILLISECONDS);
        if (trade != null) {
          synchronized (ctx.getCheckpointLock()) {
            ctx.collect(trade);
          }
        }
      }
    }
  }

  @Override
  public void cancel() {
    running = false;
  }
}
