package io.breadthflow.core.breadth;

/**
 * Hindenburg Omen state of a session: no signal, a signal (all five criteria met), or a confirmed
 * signal (a signal with another signal in the previous 36 sessions).
 */
public enum Omen {
  NONE,
  SIGNAL,
  CONFIRMED
}
