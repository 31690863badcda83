package io.breadthflow.store;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.ForecastPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ForecastStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcForecastStore implements ForecastStore {
  private static final String KEY = "symbol = ? AND bar_interval = ? AND origin = ? AND method = ?";

  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcForecastStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  @Override
  public void save(StoredForecast forecast) {
    WriteTransaction.run(
        connections,
        writeLock,
        "save of the forecast of " + forecast.symbol(),
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM forecasts WHERE " + KEY)) {
            bindKey(
                delete,
                forecast.symbol(),
                forecast.interval(),
                forecast.origin(),
                forecast.method());
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO forecasts (symbol, bar_interval, origin, method, model, step,"
                      + " target, mean, lower80, upper80, lower95, upper95, made_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredForecast.Step step : forecast.steps()) {
              ForecastPoint point = step.point();
              bindKey(
                  insert,
                  forecast.symbol(),
                  forecast.interval(),
                  forecast.origin(),
                  forecast.method());
              insert.setString(5, forecast.model());
              insert.setInt(6, point.step());
              insert.setObject(7, step.target());
              insert.setDouble(8, point.mean());
              insert.setDouble(9, point.lower80());
              insert.setDouble(10, point.upper80());
              insert.setDouble(11, point.lower95());
              insert.setDouble(12, point.upper95());
              insert.setObject(13, LocalDateTime.ofInstant(forecast.madeAt(), ZoneOffset.UTC));
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return forecast.steps().size();
        });
  }

  @Override
  public Optional<StoredForecast> latest(String symbol, Interval interval, String method) {
    String sql =
        "SELECT origin, model, step, target, mean, lower80, upper80, lower95, upper95, made_at"
            + " FROM forecasts WHERE symbol = ? AND bar_interval = ? AND method = ? AND origin ="
            + " (SELECT max(origin) FROM forecasts WHERE symbol = ? AND bar_interval = ? AND"
            + " method = ?) ORDER BY step";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int offset : new int[] {0, 3}) {
        statement.setString(offset + 1, symbol);
        statement.setString(offset + 2, interval.code());
        statement.setString(offset + 3, method);
      }
      return read(statement, symbol, interval, method);
    } catch (SQLException e) {
      throw new StoreException("read of the forecast of " + symbol, e);
    }
  }

  private static void bindKey(
      PreparedStatement statement,
      String symbol,
      Interval interval,
      LocalDate origin,
      String method)
      throws SQLException {
    statement.setString(1, symbol);
    statement.setString(2, interval.code());
    statement.setObject(3, origin);
    statement.setString(4, method);
  }

  private static Optional<StoredForecast> read(
      PreparedStatement statement, String symbol, Interval interval, String method)
      throws SQLException {
    List<StoredForecast.Step> steps = new ArrayList<>();
    LocalDate origin = null;
    String model = null;
    LocalDateTime madeAt = null;
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        origin = rows.getObject(1, LocalDate.class);
        model = rows.getString(2);
        madeAt = rows.getObject(10, LocalDateTime.class);
        steps.add(
            new StoredForecast.Step(
                rows.getObject(4, LocalDate.class),
                new ForecastPoint(
                    rows.getInt(3),
                    rows.getDouble(5),
                    rows.getDouble(6),
                    rows.getDouble(7),
                    rows.getDouble(8),
                    rows.getDouble(9))));
      }
    }
    return origin == null
        ? Optional.empty()
        : Optional.of(
            new StoredForecast(
                symbol, interval, origin, method, model, steps, madeAt.toInstant(ZoneOffset.UTC)));
  }
}
