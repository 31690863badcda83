/**
 * Technical indicators as incremental state machines, with batch forms over primitive arrays.
 *
 * <p>Every indicator is updated with one observation at a time in O(1) (amortised for the windowed
 * extremes and moments) without allocating, and returns {@code NaN} while it warms up — exactly as
 * many observations as TA-Lib's lookback for the same parameters (TA-Lib's unstable period at its
 * default of 0). The static {@code compute} methods run the same update code over whole arrays, so
 * batch, streaming and backtesting share one implementation.
 *
 * <p>Conventions follow TA-Lib 0.4: EMAs are seeded with the SMA of their first {@code n} inputs;
 * RSI, ATR and the directional movement system use Wilder's smoothing ({@code (prev·(n−1)+x)/n});
 * Bollinger Bands use the population standard deviation. Where TA-Lib's result depends on the order
 * of floating-point operations, the same order is kept, so results agree to the last bits. Each
 * class names its formula's source and its warm-up.
 *
 * <p>Instances are not thread-safe: one instance per series, updated from one thread (a Flink keyed
 * state or a backtest loop).
 */
package io.breadthflow.core.indicator;
