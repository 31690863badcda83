package io.breadthflow.store;

import io.breadthflow.core.signal.SignalAction;
import java.time.LocalDate;

/**
 * Count of stored signals of one strategy and action.
 *
 * @param strategy strategy name
 * @param action the action
 * @param count number of signals
 * @param symbols distinct symbols
 * @param first earliest session
 * @param last latest session
 */
public record SignalTally(
    String strategy,
    SignalAction action,
    long count,
    long symbols,
    LocalDate first,
    LocalDate last) {}
