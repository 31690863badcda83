package io.breadthflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Mapping of signals to and from rows; reasons are a JSON array. */
final class SignalRows {
  static final String COLUMNS =
      "strategy, symbol, session_date, score, action, confidence, reasons";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<SignalComponent>> REASONS = new TypeReference<>() {};

  private SignalRows() {}

  static String reasons(Signal signal) {
    try {
      return JSON.writeValueAsString(signal.reasons());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reasons of " + signal.symbol() + " not serialisable", e);
    }
  }

  static Signal read(ResultSet row) throws SQLException {
    try {
      return new Signal(
          row.getString(2),
          row.getObject(3, LocalDate.class),
          row.getString(1),
          row.getDouble(4),
          SignalAction.valueOf(row.getString(5)),
          row.getDouble(6),
          JSON.readValue(row.getString(7), REASONS));
    } catch (JsonProcessingException e) {
      throw new SQLException("stored reasons are not valid JSON", e);
    }
  }

  /** Upsert from {@code staging}; a row changes only when a value differs. */
  static String mergeSql(String staging) {
    return "INSERT INTO signals SELECT "
        + COLUMNS
        + " FROM "
        + staging
        + " ON CONFLICT (strategy, symbol, session_date) DO UPDATE SET score = excluded.score,"
        + " action = excluded.action, confidence = excluded.confidence, reasons ="
        + " excluded.reasons WHERE signals.score IS DISTINCT FROM excluded.score OR"
        + " signals.action IS DISTINCT FROM excluded.action OR signals.confidence IS DISTINCT"
        + " FROM excluded.confidence OR signals.reasons IS DISTINCT FROM excluded.reasons";
  }
}
