package io.breadthflow.core.signal;

import io.breadthflow.core.indicator.Macd;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.Sma;
import io.breadthflow.core.indicator.Volatility;

/** A symbol's indicators the composite score reads, updated with each of its closes. */
final class SymbolFeatures {
  private final Sma sma50 = new Sma(50);
  private final Sma sma200 = new Sma(200);
  private final Rsi rsi = new Rsi(14);
  private final Macd macd = Macd.standard();
  private final Volatility shortVolatility = Volatility.daily(20);
  private final Volatility longVolatility = Volatility.daily(100);
  private double close = Double.NaN;

  void add(double price) {
    close = price;
    sma50.update(price);
    sma200.update(price);
    rsi.update(price);
    macd.update(price);
    shortVolatility.update(price);
    longVolatility.update(price);
  }

  double close() {
    return close;
  }

  double sma50() {
    return sma50.value();
  }

  double sma200() {
    return sma200.value();
  }

  double rsi() {
    return rsi.value();
  }

  double macdHistogram() {
    return macd.histogram();
  }

  double shortVolatility() {
    return shortVolatility.value();
  }

  double longVolatility() {
    return longVolatility.value();
  }
}
