package io.breadthflow.app.notify.support;

import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The process the kill test kills: it records {@code count} rule firings of user 7 in the outbox,
 * says so on standard output, then dispatches them as the server would, until it is killed.
 *
 * <p>Arguments: store URL, user, password, webhook URL, SMTP port, count, lease in seconds.
 */
public final class DispatcherChild {
  public static final long USER = 7;

  private DispatcherChild() {}

  public static void main(String[] args) {
    MarketStore market =
        MarketStores.open(new StoreConfig(args[0], args[1], args[2]), Clock.systemUTC());
    DeliveryRig rig =
        new DeliveryRig(market.notifications(), Clock.systemUTC(), Integer.parseInt(args[4]));
    rig.user(USER, args[3], ZoneOffset.UTC);
    int count = Integer.parseInt(args[5]);
    for (int bar = 0; bar < count; bar++) {
      market.notifications().enqueue(java.util.List.of(DeliveryRig.firing(USER, "S" + bar, bar)));
    }
    System.out.println("ENQUEUED " + count);
    System.out.flush();
    DeliveryRig.drain(
        rig.dispatcher(
            5,
            io.breadthflow.app.config.NotificationSettings.PrivateTargets.ALLOWED,
            java.time.Duration.ofSeconds(Long.parseLong(args[6]))));
    System.out.println("DRAINED");
  }
}
