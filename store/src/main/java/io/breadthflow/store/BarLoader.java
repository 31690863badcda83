package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Engine-specific bulk path into {@code bars}: load into a staging table with the engine's fastest
 * bulk interface, then merge with {@link #mergeSql}.
 */
interface BarLoader {
  /** Upsert from the staging table; changes a row only when a value differs. */
  static String mergeSql(String staging) {
    return "INSERT INTO bars SELECT symbol, bar_interval, ts, session_date, open, high, low, close,"
        + " volume, vwap, trade_count FROM "
        + staging
        + " ON CONFLICT (symbol, bar_interval, ts) DO UPDATE SET session_date ="
        + " excluded.session_date, open = excluded.open, high = excluded.high, low = excluded.low,"
        + " close = excluded.close, volume = excluded.volume, vwap = excluded.vwap, trade_count ="
        + " excluded.trade_count WHERE bars.open IS DISTINCT FROM excluded.open OR bars.high IS"
        + " DISTINCT FROM excluded.high OR bars.low IS DISTINCT FROM excluded.low OR bars.close IS"
        + " DISTINCT FROM excluded.close OR bars.volume IS DISTINCT FROM excluded.volume OR"
        + " bars.vwap IS DISTINCT FROM excluded.vwap OR bars.trade_count IS DISTINCT FROM"
        + " excluded.trade_count";
  }

  /** Loads {@code bars} (unique per key) inside the caller's transaction; returns rows changed. */
  long load(Connection connection, Collection<Bar> bars) throws SQLException;
}
