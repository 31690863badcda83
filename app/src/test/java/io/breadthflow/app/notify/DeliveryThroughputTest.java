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
 * The delivery measurement of {@code bf bench notifications} delivers every notification exactly
 * once, with several dispatchers at once.
 */
class DeliveryThroughputTest {
  private static final int NOTIFICATIONS = 300;
  private static final int DISPATCHERS = 2;

  @TempDir Path dir;

  private static void measureOn(StoreConfig config) {
    try (MarketStore market = MarketStores.open(config)) {
      DeliveryThroughput.Result result =
          DeliveryThroughput.measure(
              market.notifications(),
              new DeliveryThroughput.Request(NOTIFICATIONS, 50, DISPATCHERS));

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
    measureOn(new StoreConfig("jdbc:duckdb:" + dir.resolve("bench.duckdb"), "", ""));
  }

  @Test
  void everyNotificationReachesTheReceiverOnceOnPostgres() throws Exception {
    PostgresTestDatabase database = new PostgresTestDatabase();
    StoreConfig config = database.create();
    try {
      measureOn(config);
    } finally {
      database.drop();
    }
  }
}
