package io.breadthflow.core.rule;

/** What a rule watches. */
public enum TargetKind {
  /** One symbol, e.g. {@code AAPL}. */
  SYMBOL,
  /** The symbols of one of the owner's watchlists (its id), as they are when the rule is read. */
  WATCHLIST,
  /** The members of a named universe, e.g. {@code sp100}. */
  UNIVERSE
}
