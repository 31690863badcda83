package io.breadthflow.store;

import io.breadthflow.core.alert.Alert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AlertStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcAlertStore implements AlertStore {
  private static final String COLUMNS =
      "id, symbol, bar_interval, ts, rule, severity, message, value, acknowledged";

  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcAlertStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  @Override
  public long save(List<Alert> alerts) {
    if (alerts.isEmpty()) {
      return 0;
    }
    String sql =
        "INSERT INTO alerts (symbol, bar_interval, ts, rule, severity, message, value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (symbol, bar_interval, ts, rule) DO NOTHING";
    return WriteTransaction.run(
        connections,
        writeLock,
        "save of " + alerts.size() + " alerts",
        connection -> {
          long added = 0;
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Alert alert : alerts) {
              statement.setString(1, alert.symbol());
              statement.setString(2, alert.interval());
              statement.setObject(3, LocalDateTime.ofInstant(alert.time(), ZoneOffset.UTC));
              statement.setString(4, alert.rule());
              statement.setString(5, alert.severity());
              statement.setString(6, alert.message());
              if (Double.isFinite(alert.value())) {
                statement.setDouble(7, alert.value());
              } else {
                statement.setNull(7, Types.DOUBLE);
              }
              added += statement.executeUpdate();
            }
          }
          return added;
        });
  }

  @Override
  public List<StoredAlert> recent(int limit, boolean unacknowledgedOnly) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM alerts"
            + (unacknowledgedOnly ? " WHERE NOT acknowledged" : "")
            + " ORDER BY ts DESC, id DESC LIMIT ?";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, limit);
      return read(statement);
    } catch (SQLException e) {
      throw new StoreException("read of alerts", e);
    }
  }

  @Override
  public Optional<StoredAlert> byId(long id) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE id = ?")) {
      statement.setLong(1, id);
      return read(statement).stream().findFirst();
    } catch (SQLException e) {
      throw new StoreException("read of alert " + id, e);
    }
  }

  @Override
  public boolean acknowledge(long id) {
    return WriteTransaction.run(
            connections,
            writeLock,
            "acknowledgement of alert " + id,
            connection -> {
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "UPDATE alerts SET acknowledged = TRUE WHERE id = ?")) {
                statement.setLong(1, id);
                return statement.executeUpdate();
              }
            })
        > 0;
  }

  private static List<StoredAlert> read(PreparedStatement statement) throws SQLException {
    List<StoredAlert> alerts = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        double stored = rows.getDouble(8);
        double value = rows.wasNull() ? Double.NaN : stored;
        alerts.add(
            new StoredAlert(
                rows.getLong(1),
                new Alert(
                    rows.getString(2),
                    rows.getString(3),
                    rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    rows.getString(5),
                    rows.getString(6),
                    rows.getString(7),
                    value),
                rows.getBoolean(9)));
      }
    }
    return alerts;
  }
}
