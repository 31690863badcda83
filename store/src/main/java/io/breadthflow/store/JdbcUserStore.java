package io.breadthflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@link UserStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcUserStore implements UserStore {
  private final Clock clock;
  private static final String USER_COLUMNS = "id, username, password_hash, role, created_at";
  private static final String TOKEN_COLUMNS =
      "token_hash, user_id, family, expires_at, used, revoked";

  private final ConnectionSource connections;

  JdbcUserStore(ConnectionSource connections, Clock clock) {
    this.clock = clock;
    this.connections = connections;
  }

  @Override
  public synchronized UserAccount create(String username, String passwordHash, Role role) {
    if (byUsername(username).isPresent()) {
      throw new IllegalStateException("username '" + username + "' is taken");
    }
    String sql =
        "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)"
            + " RETURNING id";
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, username);
      statement.setString(2, passwordHash);
      statement.setString(3, role.code());
      statement.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new UserAccount(rows.getLong(1), username, passwordHash, role, now);
      }
    } catch (SQLException e) {
      throw new StoreException("creation of user " + username, e);
    }
  }

  @Override
  public boolean changePassword(long userId, String passwordHash) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
      statement.setString(1, passwordHash);
      statement.setLong(2, userId);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("password change of user " + userId, e);
    }
  }

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return user("username = ?", username);
  }

  @Override
  public Optional<UserAccount> byId(long id) {
    return user("id = ?", id);
  }

  @Override
  public long count(Role role) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement("SELECT count(*) FROM users WHERE role = ?")) {
      statement.setString(1, role.code());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("count of users", e);
    }
  }

  @Override
  public void saveRefreshToken(RefreshToken token) {
    String sql = "INSERT INTO refresh_tokens (" + TOKEN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, token.tokenHash());
      statement.setLong(2, token.userId());
      statement.setString(3, token.family());
      statement.setObject(4, LocalDateTime.ofInstant(token.expires(), ZoneOffset.UTC));
      statement.setBoolean(5, token.used());
      statement.setBoolean(6, token.revoked());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("save of a refresh token", e);
    }
  }

  @Override
  public Optional<RefreshToken> refreshToken(String tokenHash) {
    String sql = "SELECT " + TOKEN_COLUMNS + " FROM refresh_tokens WHERE token_hash = ?";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tokenHash);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new RefreshToken(
                rows.getString(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rows.getBoolean(5),
                rows.getBoolean(6)));
      }
    } catch (SQLException e) {
      throw new StoreException("read of a refresh token", e);
    }
  }

  @Override
  public boolean markUsed(String tokenHash) {
    return update(
            "UPDATE refresh_tokens SET used = TRUE WHERE token_hash = ? AND NOT used", tokenHash)
        == 1;
  }

  @Override
  public void revokeFamily(String family) {
    update("UPDATE refresh_tokens SET revoked = TRUE WHERE family = ?", family);
  }

  private synchronized int update(String sql, String value) {
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  private Optional<UserAccount> user(String condition, Object value) {
    String sql = "SELECT " + USER_COLUMNS + " FROM users WHERE " + condition;
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new UserAccount(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                Role.of(rows.getString(4)),
                rows.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
      }
    } catch (SQLException e) {
      throw new StoreException("read of a user", e);
    }
  }
}
