package io.breadthflow.app.data;

/** How much of a range a fetch asks the provider for. */
public enum FetchMode {
  /** Only what the store lacks before its first or after its last stored session. */
  MISSING,
  /** The whole range, whatever is stored ({@code --force}). */
  WHOLE_RANGE
}
