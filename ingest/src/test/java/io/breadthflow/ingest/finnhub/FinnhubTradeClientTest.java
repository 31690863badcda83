package io.breadthflow.ingest.finnhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.breadthflow.core.domain.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Finnhub trade client against a real local WebSocket server speaking Finnhub's protocol. */
class FinnhubTradeClientTest {
  private final FakeFinnhub server = new FakeFinnhub();
  private final List<Trade> trades = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private FinnhubTradeClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  @Test
  void subscribesWithTheTokenDeliversTradesIgnoresPingsAndUnsubscribes() {
    client = client(recording(), 100);

    client.subscribe(List.of("AAPL", "MSFT"));
    await().until(() -> server.subscriptions("AAPL") == 1 && server.subscriptions("MSFT") == 1);
    server.latest().send("{\"type\":\"ping\"}");
    server.trade("AAPL", 185.64, 1704205800123L, 100);
    client.unsubscribe(List.of("MSFT"));

    await().until(() -> trades.size() == 1);
    Trade trade = trades.get(0);
    assertThat(trade.symbol()).isEqualTo("AAPL");
    assertThat(trade.price()).isEqualTo(185.64);
    assertThat(trade.size()).isEqualTo(100);
    assertThat(trade.time()).isEqualTo(Instant.ofEpochMilli(1704205800123L));
    assertThat(trade.conditions()).isEqualTo("1 12");
    assertThat(server.tokens).containsExactly("test-token");
    await().until(() -> server.received.contains("{\"type\":\"unsubscribe\",\"symbol\":\"MSFT\"}"));
  }

  @Test
  void moreThanFiftySymbolsAreSpreadOverConnectionsOfFifty() {
    client = client(recording(), 100);
    List<String> symbols = IntStream.range(0, 120).mapToObj(i -> "S" + i).toList();

    client.subscribe(symbols);

    await().until(() -> server.sessions.size() == 3);
    await().until(() -> symbols.stream().allMatch(s -> server.subscriptions(s) == 1));
    assertThat(client.connectionCount()).isEqualTo(3);
  }

  @Test
  void droppedConnectionReconnectsResubscribesAndDeliversNoDuplicate() {
    client = client(recording(), 100);
    client.subscribe(List.of("AAPL"));
    await().until(() -> server.subscriptions("AAPL") == 1);
    server.trade("AAPL", 100.0, 1_000, 1);
    server.trade("AAPL", 100.5, 2_000, 1);
    await().until(() -> trades.size() == 2);

    server.latest().closeSession();

    await().until(() -> server.subscriptions("AAPL") == 2);
    server.trade("AAPL", 100.5, 2_000, 1);
    server.trade("AAPL", 101.0, 3_000, 1);
    await().until(() -> trades.size() == 3);
    assertThat(trades).extracting(Trade::price).containsExactly(100.0, 100.5, 101.0);
    assertThat(client.reconnects()).isGreaterThanOrEqualTo(1);
    assertThat(problems).anyMatch(p -> p.startsWith("finnhub closed the connection"));
  }

  @Test
  void slowListenerHoldsTheStreamBackWithoutLosingTrades() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Trade> slow = new CopyOnWriteArrayList<>();
    client =
        client(
            new TradeListener() {
              @Override
              public void onTrade(Trade trade) {
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                slow.add(trade);
              }
            },
            2);
    client.subscribe(List.of("AAPL"));
    await().until(() -> server.subscriptions("AAPL") == 1);

    for (int i = 0; i < 200; i++) {
      server.latest().send(FakeFinnhub.tradeJson("AAPL", 100 + i * 0.01, 10_000 + i, 1));
    }
    release.countDown();

    await().atMost(Duration.ofSeconds(20)).until(() -> slow.size() == 200);
    List<Long> times = new ArrayList<>();
    slow.forEach(t -> times.add(t.time().toEpochMilli()));
    assertThat(times).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void providerErrorsReachTheListenerAndAKeyIsRequired() {
    client = client(recording(), 10);
    client.subscribe(List.of("NOPE"));
    await().until(() -> server.subscriptions("NOPE") == 1);

    server.latest().send("{\"type\":\"error\",\"msg\":\"Invalid symbol NOPE\"}");

    await().until(() -> problems.contains("finnhub: Invalid symbol NOPE"));
    assertThatThrownBy(
            () -> new FinnhubTradeClient(server.url(), "", recording(), 1, Duration.ZERO))
        .hasMessage("finnhub needs an API key: set BF_FINNHUB_API_KEY");
  }

  private FinnhubTradeClient client(TradeListener listener, int capacity) {
    return new FinnhubTradeClient(
        server.url(), "test-token", listener, capacity, Duration.ofMillis(50));
  }

  private TradeListener recording() {
    return new TradeListener() {
      @Override
      public void onTrade(Trade trade) {
        trades.add(trade);
      }

      @Override
      public void onProblem(String message) {
        problems.add(message);
      }
    };
  }
}
