package io.breadthflow.core.breadth;

/** Which way a one-session breadth event points: a thrust or a 90% day, up or down. */
public enum Direction {
  NONE,
  UP,
  DOWN
}
