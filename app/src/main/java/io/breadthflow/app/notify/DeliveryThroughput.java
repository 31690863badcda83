package io.breadthflow.app.notify;

import io.breadthflow.app.config.NotificationSettings;
import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import io.breadthflow.app.notify.channel.EmailSender;
import io.breadthflow.app.notify.channel.InAppSender;
import io.breadthflow.app.notify.channel.WebhookSender;
import io.breadthflow.app.notify.channel.WebhookTargets;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures webhook delivery through the dispatcher and the store: {@code notifications} firings of
 * {@code users} users are enqueued, then {@code dispatchers} dispatchers deliver them to a webhook
 * receiver on loopback ({@link LocalWebhookReceiver}, checking signatures), until all are
 * delivered. For {@code bf bench notifications}; the store should be empty (its notifications are
 * counted).
 */
public final class DeliveryThroughput {
  /**
   * What to measure.
   *
   * @param notifications webhook notifications, 1 to 1,000,000
   * @param users users they belong to, 1 or more
   * @param dispatchers dispatchers working at once, 1 to 64
   */
  public record Request(int notifications, int users, int dispatchers) {
    public Request {
      if (notifications < 1 || notifications > 1_000_000) {
        throw new IllegalArgumentException("notifications must be 1 to 1000000");
      }
      if (users < 1 || users > notifications) {
        throw new IllegalArgumentException("users must be 1 to notifications");
      }
      if (dispatchers < 1 || dispatchers > 64) {
        throw new IllegalArgumentException("dispatchers must be 1 to 64");
      }
    }
  }

  /**
   * What was measured.
   *
   * @param notifications notifications delivered
   * @param enqueueSeconds time to record the firings in the outbox
   * @param deliverySeconds time from the first claim to the last delivery
   * @param received distinct Idempotency-Keys the receiver saw
   * @param requests requests the receiver saw (repeats included)
   */
  public record Result(
      int notifications,
      double enqueueSeconds,
      double deliverySeconds,
      long received,
      long requests) {
    /** Notifications delivered per second. */
    public double perSecond() {
      return notifications / deliverySeconds;
    }
  }

  private DeliveryThroughput() {}

  /** Runs the measurement on {@code store}. */
  public static Result measure(NotificationStore store, Request request) {
    LocalWebhookReceiver receiver = LocalWebhookReceiver.start(0);
    try {
      String url = receiver.url();
      Map<Long, UserProfile> profiles = new ConcurrentHashMap<>();
      for (long user = 1; user <= request.users(); user++) {
        profiles.put(user, new UserProfile(user, "bench" + user, Optional.empty(), ZoneOffset.UTC));
        store.savePreferences(
            new NotificationPreferences(
                user,
                Set.of(DeliveryChannel.WEBHOOK),
                Optional.of(url),
                Optional.empty(),
                Optional.of("bench-secret"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0));
      }
      receiver.verifyWith("bench-secret");
      long start = System.nanoTime();
      List<RuleFiring> firings = new ArrayList<>(1000);
      Instant bar = Instant.parse("2026-01-05T14:30:00Z");
      for (int i = 0; i < request.notifications(); i++) {
        firings.add(
            new RuleFiring(
                i % 100 + 1,
                i % request.users() + 1,
                "bench rule",
                "S" + i % 500,
                Interval.ONE_MINUTE,
                bar.plusSeconds(60L * i),
                100 + i % 7,
                30,
                "bench firing " + i,
                Set.of(DeliveryChannel.WEBHOOK)));
        if (firings.size() == 1000) {
          store.enqueue(firings);
          firings.clear();
        }
      }
      store.enqueue(firings);
      double enqueueSeconds = (System.nanoTime() - start) / 1e9;
      Clock clock = Clock.systemUTC();
      NotificationSettings settings =
          new NotificationSettings(
              Optional.empty(),
              PrivateTargets.ALLOWED,
              5,
              Duration.ofSeconds(2),
              Duration.ofMinutes(10));
      Duration timeout = Duration.ofSeconds(5);
      ExecutorService workers = Executors.newFixedThreadPool(request.dispatchers());
      long deliveryStart = System.nanoTime();
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int d = 0; d < request.dispatchers(); d++) {
          NotificationDispatcher dispatcher =
              new NotificationDispatcher(
                  store,
                  userId -> Optional.ofNullable(profiles.get(userId)),
                  Map.of(
                      DeliveryChannel.IN_APP, new InAppSender(event -> {}, clock),
                      DeliveryChannel.WEBHOOK,
                          new WebhookSender(
                              new WebhookTargets(PrivateTargets.ALLOWED), clock, timeout),
                      DeliveryChannel.EMAIL, new EmailSender(Optional.empty(), clock, timeout)),
                  settings,
                  new DispatchTuning(Duration.ofMillis(10), 100, Duration.ofSeconds(60)),
                  clock);
          running.add(
              workers.submit(
                  () -> {
                    while (dispatcher.dispatchOnce() > 0) {
                      // until the outbox holds nothing due
                    }
                  }));
        }
        for (Future<?> task : running) {
          task.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a dispatcher failed", e.getCause());
      } finally {
        workers.shutdownNow();
      }
      double deliverySeconds = (System.nanoTime() - deliveryStart) / 1e9;
      return new Result(
          request.notifications(),
          enqueueSeconds,
          deliverySeconds,
          receiver.received().size(),
          receiver.requests());
    } finally {
      receiver.close();
    }
  }
}
