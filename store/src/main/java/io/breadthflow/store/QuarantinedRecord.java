package io.breadthflow.store;

/**
 * A record kept out of the silver layer, with why.
 *
 * @param source where it came from, e.g. {@code csv:AAPL.csv} or {@code yahoo}
 * @param symbol the symbol it was for, empty when unknown
 * @param rawRecord the record as received
 * @param reason the rule it broke
 */
public record QuarantinedRecord(String source, String symbol, String rawRecord, String reason) {}
