package io.breadthflow.stream;

/**
 * Whether the bar stage drops exact repeats of a symbol's recent trades: for sources that may
 * deliver a trade twice (a live feed after a reconnect, a topic written twice), not for trade
 * files, where identical prints in the same millisecond are genuine separate trades.
 */
public enum Deduplication {
  OFF,
  EXACT_REPEATS
}
