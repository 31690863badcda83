package io.breadthflow.app.notify.channel;

import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.StoredNotification;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification about to be sent, with what its channel needs to know of the user.
 *
 * @param notification the claimed notification
 * @param message the line for people: the firing's message, or a digest's summary
 * @param preferences the user's preferences (webhook URL, template and secret)
 * @param email where an e-mail goes, if anywhere
 * @param zone the user's time zone, for times shown to people
 */
public record Outgoing(
    StoredNotification notification,
    String message,
    NotificationPreferences preferences,
    Optional<String> email,
    ZoneId zone) {
  public Outgoing {
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(zone, "zone");
  }
}
