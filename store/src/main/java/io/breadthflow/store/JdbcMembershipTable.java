package io.breadthflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The {@code universe_members} table over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcMembershipTable {
  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcMembershipTable(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  long replace(String universe, List<MemberInterval> intervals) {
    return WriteTransaction.run(
        connections,
        writeLock,
        "replacement of the membership of " + universe,
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM universe_members WHERE universe = ?")) {
            delete.setString(1, universe);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO universe_members (universe, symbol, from_date, to_date, sector)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            for (MemberInterval interval : intervals) {
              insert.setString(1, universe);
              insert.setString(2, interval.symbol());
              insert.setObject(3, interval.from());
              insert.setObject(4, interval.to());
              insert.setString(5, interval.sector());
              insert.addBatch();
            }
            if (!intervals.isEmpty()) {
              insert.executeBatch();
            }
          }
          return intervals.size();
        });
  }

  List<MemberInterval> read(String universe) {
    String sql =
        "SELECT symbol, from_date, to_date, sector FROM universe_members WHERE universe = ?"
            + " ORDER BY symbol, from_date";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, universe);
      List<MemberInterval> intervals = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          intervals.add(
              new MemberInterval(
                  rows.getString(1),
                  rows.getObject(2, LocalDate.class),
                  rows.getObject(3, LocalDate.class),
                  rows.getString(4)));
        }
      }
      return intervals;
    } catch (SQLException e) {
      throw new StoreException("read of the membership of " + universe, e);
    }
  }

  List<StoredUniverse> list() {
    String sql =
        "SELECT universe, count(*), count(DISTINCT symbol), min(from_date),"
            + " greatest(max(from_date), coalesce(max(to_date), max(from_date)))"
            + " FROM universe_members GROUP BY universe ORDER BY universe";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<StoredUniverse> universes = new ArrayList<>();
      while (rows.next()) {
        universes.add(
            new StoredUniverse(
                rows.getString(1),
                rows.getLong(2),
                rows.getLong(3),
                rows.getObject(4, LocalDate.class),
                rows.getObject(5, LocalDate.class)));
      }
      return universes;
    } catch (SQLException e) {
      throw new StoreException("list of the stored universes", e);
    }
  }
}
