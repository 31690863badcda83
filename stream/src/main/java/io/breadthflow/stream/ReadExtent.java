package io.breadthflow.stream;

/** How far a job reads a topic. */
public enum ReadExtent {
  /** Up to the end offsets at its start (a replay); the job then finishes. */
  BOUNDED,
  /** For ever (a live job). */
  ENDLESS
}
