package io.breadthflow.app.notify.channel;

import io.breadthflow.app.notify.NotificationView;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.StoredNotification;
import java.time.Clock;

/**
 * The in-app channel: publishes the notification on the user's own live channel ({@link
 * LiveEvent#forUser}); the dashboard's notification centre reads the rest from the store.
 */
public final class InAppSender implements Sender {
  private final LiveHub hub;
  private final Clock clock;

  public InAppSender(LiveHub hub, Clock clock) {
    this.hub = hub;
    this.clock = clock;
  }

  @Override
  public Outcome send(Outgoing outgoing) {
    StoredNotification n = outgoing.notification();
    NotificationView view = NotificationView.of(n);
    NotificationView delivered =
        new NotificationView(
            view.id(),
            view.firingKey(),
            view.ruleId(),
            view.rule(),
            view.symbol(),
            view.interval(),
            view.barTime(),
            view.close(),
            view.value(),
            outgoing.message(),
            view.channel(),
            NotificationStatus.SENT.name(),
            view.attempts(),
            "",
            view.createdAt(),
            clock.instant(),
            view.readAt());
    hub.publish(LiveEvent.forUser(n.userId(), delivered));
    return Outcome.sent();
  }
}
