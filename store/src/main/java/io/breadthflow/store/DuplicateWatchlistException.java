package io.breadthflow.store;

/** A user already has a watchlist of the name a new or renamed list would take. */
public final class DuplicateWatchlistException extends RuntimeException {
  private final String name;

  public DuplicateWatchlistException(String name) {
    super("a watchlist named '" + name + "' exists", null, false, false);
    this.name = name;
  }

  /** The name that is taken. */
  public String name() {
    return name;
  }
}
