package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery measurement delivers every notification exactly once. With {@code
 * -Dbf.bench.notifications=N} (and {@code -Dbf.bench.dispatchers=D}) it is the benchmark of
 * docs/BENCHMARKS.md, printing its figures.
 */
class DeliveryThroughputTest {
  private static final int NOTIFICATIONS = Integer.getInteger("bf.bench.notifications", 300);
  private static final int DISPATCHERS = Integer.getInteger("bf.bench.dispatchers", 2);

  @TempDir Path dir;

  private static void measureOn(StoreConfig config, String engine) {
    try (MarketStore market = MarketStores.open(config)) {
      DeliveryThroughput.Result result =
          DeliveryThroughput.measure(
              market.notifications(),
              new DeliveryThroughput.Request(NOTIFICATIONS, 50, DISPATCHERS));

      System.out.printf(
          "delivery %s: %d webhooks, %d dispatchers: enqueue %.2f s, delivery %.2f s, %.0f/s%n",
          engine,
          result.notifications(),
          DISPATCHERS,
          result.enqueueSeconds(),
          result.deliverySeconds(),
          result.perSecond());
      assertThat(result.received()).isEqualTo(NOTIFICATIONS);
      assertThat(result.requests()).isEqualTo(NOTIFICATIONS);
      assertThat(
              market
                  .notifications()
                  .health(java.time.Instant.now())
                  .count(
                      io.breadthflow.core.notify.DeliveryChannel.WEBHOOK, NotificationStatus.SENT))
          .isEqualTo(NOTIFICATIONS);
    }
  }

  @Test
  void everyNotificationReachesTheReceiverOnceOnDuckDb() {
    measureOn(new StoreConfig("jdbc:duckdb:" + dir.resolve("bench.duckdb"), "", ""), "duckdb");
  }

  @Test
  void everyNotificationReachesTheReceiverOnceOnPostgres() throws Exception {
    PostgresTestDatabase database = new PostgresTestDatabase();
    StoreConfig config = database.create();
    try {
      measureOn(config, "postgresql");
    } finally {
      database.drop();
    }
  }
}
