package io.breadthflow.app.notify.channel;

import java.util.Objects;

/**
 * How one delivery attempt ended.
 *
 * @param kind what happened
 * @param detail why it failed or was skipped, for the user's delivery log: our own words, never an
 *     exception's text; empty when sent
 */
public record Outcome(Kind kind, String detail) {
  /** The kinds of ending. */
  public enum Kind {
    /** Delivered. */
    SENT,
    /** Failed in a way another attempt may cure (timeout, 5xx, connection refused). */
    RETRY,
    /** Failed in a way no retry cures (a refused target or address): dead at once. */
    PERMANENT,
    /** Not sent for a reason of the user's (no address, channel unusable). */
    SKIPPED
  }

  public Outcome {
    Objects.requireNonNull(kind, "kind");
    detail = Objects.requireNonNullElse(detail, "");
  }

  /** Delivered. */
  public static Outcome sent() {
    return new Outcome(Kind.SENT, "");
  }

  /** Failed; worth another attempt. */
  public static Outcome retry(String detail) {
    return new Outcome(Kind.RETRY, detail);
  }

  /** Failed for good. */
  public static Outcome permanent(String detail) {
    return new Outcome(Kind.PERMANENT, detail);
  }

  /** Not sent, for a reason of the user's. */
  public static Outcome skipped(String detail) {
    return new Outcome(Kind.SKIPPED, detail);
  }
}
