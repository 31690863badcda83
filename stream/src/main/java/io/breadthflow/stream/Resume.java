package io.breadthflow.stream;

/** Where a job's state comes from when it starts. */
public enum Resume {
  /** The newest retained checkpoint or savepoint of its folder, if there is one. */
  LATEST_CHECKPOINT,
  /** Empty state. */
  FRESH
}
