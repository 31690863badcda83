package io.breadthflow.core.backtest;

import java.time.LocalDate;

/**
 * One round trip. Costs (commission and slippage) are in the prices and {@code pnl}.
 *
 * @param symbol the instrument
 * @param side 1 long, −1 short
 * @param quantity shares, positive
 * @param entryDate session of the entry fill
 * @param entryPrice entry fill price, slippage included
 * @param exitDate session of the exit fill; for a position still open at the end, the last session
 * @param exitPrice exit fill price, or the last close for a position still open
 * @param pnl profit in currency after both commissions
 * @param returnFraction pnl / entry notional
 * @param open true when the position was still held at the end (marked at the last close)
 */
public record RoundTrip(
    String symbol,
    int side,
    double quantity,
    LocalDate entryDate,
    double entryPrice,
    LocalDate exitDate,
    double exitPrice,
    double pnl,
    double returnFraction,
    boolean open) {}
