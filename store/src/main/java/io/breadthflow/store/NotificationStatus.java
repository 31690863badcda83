package io.breadthflow.store;

/** Where a notification is on its way to the user. */
public enum NotificationStatus {
  /** Waiting for its first attempt (or for the end of the user's quiet hours). */
  PENDING,
  /** Claimed by a dispatcher until its lease ends; an expired lease makes it due again. */
  SENDING,
  /** Delivered. */
  SENT,
  /** An attempt failed; the next one is due at its next attempt time. */
  RETRYING,
  /** Every allowed attempt failed; no more are made. */
  DEAD,
  /** Not sent because the user turned the channel off or gave no address. */
  SKIPPED,
  /** Held back by the user's hourly limit and summarised in a digest instead. */
  DIGESTED;

  /** True when nothing more will happen to the notification. */
  public boolean isFinal() {
    return this == SENT || this == DEAD || this == SKIPPED || this == DIGESTED;
  }
}
