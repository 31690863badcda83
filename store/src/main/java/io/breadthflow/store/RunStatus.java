package io.breadthflow.store;

/** Lifecycle of a pipeline run. */
public enum RunStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** Left running by a process that ended without finishing it (killed, crashed). */
  ABANDONED
}
