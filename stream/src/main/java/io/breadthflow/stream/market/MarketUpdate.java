package io.breadthflow.stream.market;

import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.Signal;
import java.time.Instant;
import java.util.List;

/**
 * The market after one bar period, final once the watermark passed the period's end.
 *
 * @param interval bar interval
 * @param start the period's start
 * @param breadth breadth across the universe (its date is the period's New York date)
 * @param signals composite signals of the symbols with a bar and enough history
 */
public record MarketUpdate(
    Interval interval, Instant start, BreadthRow breadth, List<Signal> signals) {}
