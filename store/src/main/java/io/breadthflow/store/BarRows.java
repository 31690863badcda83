package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/**
 * The one mapping between {@link Bar} and a bar row: (symbol, bar_interval, ts, session_date, open,
 * high, low, close, volume, vwap, trade_count), ts in UTC, absent vwap and trade count as NULL.
 */
final class BarRows {
  /** Columns {@link #read} expects, in order. */
  static final String READ_COLUMNS =
      "symbol, bar_interval, ts, open, high, low, close, volume, vwap, trade_count";

  private BarRows() {}

  /** Appends {@code bar} as one row of a table with the full bar column list. */
  static void append(DuckDBAppender appender, Bar bar) throws SQLException {
    appender.beginRow();
    appender.append(bar.symbol());
    appender.append(bar.interval().code());
    appender.append(LocalDateTime.ofInstant(bar.start(), ZoneOffset.UTC));
    appender.append(bar.sessionDate());
    appender.append(bar.open());
    appender.append(bar.high());
    appender.append(bar.low());
    appender.append(bar.close());
    appender.append(bar.volume());
    if (bar.hasVwap()) {
      appender.append(bar.vwap());
    } else {
      appender.appendNull();
    }
    if (bar.hasTradeCount()) {
      appender.append(bar.tradeCount());
    } else {
      appender.appendNull();
    }
    appender.endRow();
  }

  /** Reads the current row, selected as {@link #READ_COLUMNS}. */
  static Bar read(ResultSet rows) throws SQLException {
    double vwap = rows.getDouble(9);
    boolean noVwap = rows.wasNull();
    long trades = rows.getLong(10);
    boolean noTrades = rows.wasNull();
    return new Bar(
        rows.getString(1),
        Interval.parse(rows.getString(2)),
        rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        rows.getDouble(4),
        rows.getDouble(5),
        rows.getDouble(6),
        rows.getDouble(7),
        rows.getDouble(8),
        noVwap ? Double.NaN : vwap,
        noTrades ? -1 : trades);
  }
}
