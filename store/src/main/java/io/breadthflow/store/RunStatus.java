package io.breadthflow.store;

/** Lifecycle of a pipeline run. */
public enum RunStatus {
  RUNNING,
  SUCCEEDED,
  FAILED
}
