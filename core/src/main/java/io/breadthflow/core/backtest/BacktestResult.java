package io.breadthflow.core.backtest;

import java.time.LocalDate;
import java.util.List;

/**
 * Outcome of a backtest.
 *
 * @param sessions the sessions of the range, from its first
 * @param equity equity at each session's close; {@code equity[0]} is the initial capital
 * @param benchmark the benchmark's equity on the same sessions, from the same capital
 * @param trades round trips in entry order (positions still open at the end are marked)
 * @param metrics performance measures
 */
public record BacktestResult(
    List<LocalDate> sessions,
    double[] equity,
    double[] benchmark,
    List<RoundTrip> trades,
    BacktestMetrics metrics) {}
