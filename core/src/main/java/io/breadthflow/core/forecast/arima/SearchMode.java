package io.breadthflow.core.forecast.arima;

/**
 * How auto.arima searches the orders: Hyndman &amp; Khandakar's stepwise search ({@code stepwise =
 * TRUE}, R's default) or every order within the bounds ({@code stepwise = FALSE}).
 */
public enum SearchMode {
  STEPWISE,
  EXHAUSTIVE
}
