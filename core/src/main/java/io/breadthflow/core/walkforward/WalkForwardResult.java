package io.breadthflow.core.walkforward;

import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.RoundTrip;
import java.time.LocalDate;
import java.util.List;

/**
 * A walk-forward's outcome: each step, and the out-of-sample curve stitched from the test windows
 * (each starting at the equity the previous one ended with).
 *
 * @param windows every step in order
 * @param sessions the test sessions of all windows, ascending
 * @param equity the stitched out-of-sample equity at each of those closes
 * @param benchmark the benchmark stitched the same way
 * @param trades the test windows' round trips, sized to the stitched equity
 * @param outOfSample the metrics of the stitched curve
 * @param deflatedSharpe the out-of-sample Sharpe ratio deflated for the trials behind it
 */
public record WalkForwardResult(
    List<WindowResult> windows,
    List<LocalDate> sessions,
    double[] equity,
    double[] benchmark,
    List<RoundTrip> trades,
    BacktestMetrics outOfSample,
    DeflatedSharpe deflatedSharpe) {}
