package io.breadthflow.app.forecast;

/**
 * A symbol that got no forecast, and why (too little history, a model that could not be fitted).
 *
 * @param symbol the instrument
 * @param reason in words fit for a user
 */
public record SkippedSymbol(String symbol, String reason) {}
