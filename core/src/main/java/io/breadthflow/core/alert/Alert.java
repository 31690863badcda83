package io.breadthflow.core.alert;

import java.time.Instant;

/**
 * Something a user should look at now.
 *
 * @param symbol the symbol, empty for market-wide alerts
 * @param interval the bar interval code it was raised on
 * @param time the start of the bar (or period) that raised it
 * @param rule the rule's name, e.g. {@code rsi_overbought}
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param message one line for people
 * @param value the measured value that crossed the threshold
 */
public record Alert(
    String symbol,
    String interval,
    Instant time,
    String rule,
    String severity,
    String message,
    double value) {}
