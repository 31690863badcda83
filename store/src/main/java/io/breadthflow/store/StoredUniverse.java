package io.breadthflow.store;

import java.time.LocalDate;

/**
 * A stored point-in-time universe, summarised.
 *
 * @param name the universe's name
 * @param intervals number of membership intervals
 * @param symbols number of distinct symbols that were ever members
 * @param firstDate the earliest start of a membership
 * @param lastChange the latest start or end of a membership
 */
public record StoredUniverse(
    String name, long intervals, long symbols, LocalDate firstDate, LocalDate lastChange) {}
