package io.breadthflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** {@link ProfileStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcProfileStore implements ProfileStore {
  private final ConnectionSource connections;
  private final Object writeLock;
  private final Clock clock;

  JdbcProfileStore(ConnectionSource connections, Object writeLock, Clock clock) {
    this.connections = connections;
    this.writeLock = writeLock;
    this.clock = clock;
  }

  @Override
  public Optional<UserProfile> profile(long userId) {
    String sql =
        "SELECT u.username, p.display_name, p.email, p.time_zone FROM users u"
            + " LEFT JOIN user_profiles p ON p.user_id = u.id WHERE u.id = ?";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, userId);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        String displayName = rows.getString(2);
        if (displayName == null) {
          return Optional.of(
              new UserProfile(userId, rows.getString(1), Optional.empty(), ZoneOffset.UTC));
        }
        return Optional.of(
            new UserProfile(
                userId,
                displayName,
                Optional.ofNullable(rows.getString(3)),
                ZoneId.of(rows.getString(4))));
      }
    } catch (SQLException e) {
      throw new StoreException("read of the profile of user " + userId, e);
    }
  }

  @Override
  public boolean save(UserProfile profile) {
    String upsert =
        "INSERT INTO user_profiles (user_id, display_name, email, time_zone, updated_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
            + " display_name = excluded.display_name, email = excluded.email,"
            + " time_zone = excluded.time_zone, updated_at = excluded.updated_at";
    return WriteTransaction.run(
            connections,
            writeLock,
            "save of the profile of user " + profile.userId(),
            connection -> {
              try (PreparedStatement exists =
                  connection.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
                exists.setLong(1, profile.userId());
                try (ResultSet rows = exists.executeQuery()) {
                  if (!rows.next()) {
                    return 0;
                  }
                }
              }
              try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                statement.setLong(1, profile.userId());
                statement.setString(2, profile.displayName());
                statement.setString(3, profile.email().orElse(null));
                statement.setString(4, profile.zone().getId());
                statement.setObject(
                    5,
                    LocalDateTime.ofInstant(
                        clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                statement.executeUpdate();
              }
              return 1;
            })
        > 0;
  }
}
