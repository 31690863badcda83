package io.breadthflow.app.universe;

/** Where a universe's members come from. */
public enum UniverseKind {
  /** A list shipped with BreadthFlow: today's members on every session. */
  BUILT_IN("built-in"),
  /** A membership history imported into the store: each session's members. */
  POINT_IN_TIME("point-in-time");

  private final String label;

  UniverseKind(String label) {
    this.label = label;
  }

  /** The kind as the entry points show it, e.g. {@code point-in-time}. */
  public String label() {
    return label;
  }
}
