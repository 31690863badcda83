package io.breadthflow.server.api;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Symbols;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Validated path and query parameters; anything malformed is a 400 naming the parameter. */
public final class Params {
  /** The earliest date a query may name. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date a query may name. */
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** Longest range a single request may ask for. */
  public static final int MAX_RANGE_DAYS = 366 * 30;

  private Params() {}

  /** The {@code symbol} path parameter, upper-cased and validated. */
  public static String symbol(Context ctx) {
    String symbol = ctx.pathParam("symbol").toUpperCase(Locale.ROOT);
    if (!Symbols.isValid(symbol)) {
      throw ApiException.badRequest("invalid symbol '" + ctx.pathParam("symbol") + "'");
    }
    return symbol;
  }

  /**
   * The path parameter {@code name}, a positive id ({@code what} names it in the message).
   *
   * @throws ApiException 400 for anything else
   */
  public static long id(Context ctx, String name, String what) {
    String text = ctx.pathParam(name);
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest(what + " must be a positive whole number");
  }

  /** An optional ISO date query parameter. */
  public static LocalDate date(Context ctx, String name, LocalDate fallback) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw ApiException.badRequest(name + " must lie between " + EARLIEST + " and " + LATEST);
    }
    return date;
  }

  /** Checks that {@code from ≤ to} and the range is not absurdly long. */
  public static void range(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiException.badRequest("to " + to + " is before from " + from);
    }
    if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
      throw ApiException.badRequest("range longer than " + MAX_RANGE_DAYS + " days");
    }
  }

  /** An optional interval query parameter (1m, 5m, 15m, 1h, 1d). */
  public static Interval interval(Context ctx, Interval fallback) {
    String text = ctx.queryParam("interval");
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Interval.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** An optional positive integer query parameter at most {@code max}. */
  public static int count(Context ctx, String name, int fallback, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value < 1 || value > max) {
        throw ApiException.badRequest(name + " must be between 1 and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + text + "'");
    }
  }
}
