package io.breadthflow.store;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link NotificationStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. Claims are
 * conditional updates (the row must still be due when it is updated), so two dispatchers of one
 * PostgreSQL outbox never hold the same notification; within a process writes are serialised.
 */
final class JdbcNotificationStore implements NotificationStore {
  private static final String COLUMNS =
      "n.id, n.firing_key, n.channel, n.status, n.attempts, n.created_at, n.next_attempt_at,"
          + " n.lease_until, n.sent_at, n.read_at, n.last_error, f.rule_id, f.user_id,"
          + " f.rule_name, f.symbol, f.bar_interval, f.bar_time, f.close, f.value, f.message";
  private static final String FROM =
      " FROM notifications n JOIN rule_firings f ON f.firing_key = n.firing_key";
  private static final String DUE =
      "((status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ?)"
          + " OR (status = 'SENDING' AND lease_until < ?))";
  private static final String CLAIMED = " WHERE id = ? AND status = 'SENDING' AND lease_until = ?";
  private static final String INSERT_FIRING =
      "INSERT INTO rule_firings (firing_key, rule_id, user_id, rule_name, symbol, bar_interval,"
          + " bar_time, close, value, message, fired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (firing_key) DO NOTHING";
  private static final String INSERT_NOTIFICATION =
      "INSERT INTO notifications (user_id, firing_key, channel, status, attempts,"
          + " next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)"
          + " ON CONFLICT (firing_key, channel) DO NOTHING";
  private static final String DIGEST_MESSAGE = "Notifications held back by the hourly limit";

  private final ConnectionSource connections;
  private final Object writeLock;
  private final Clock clock;

  JdbcNotificationStore(ConnectionSource connections, Object writeLock, Clock clock) {
    this.connections = connections;
    this.writeLock = writeLock;
    this.clock = clock;
  }

  @Override
  public long enqueue(List<RuleFiring> firings) {
    if (firings.isEmpty()) {
      return 0;
    }
    LocalDateTime now = utc(clock.instant());
    return WriteTransaction.run(
        connections,
        writeLock,
        "enqueue of " + firings.size() + " rule firings",
        connection -> {
          long added = 0;
          try (PreparedStatement firingRow = connection.prepareStatement(INSERT_FIRING);
              PreparedStatement notificationRow =
                  connection.prepareStatement(INSERT_NOTIFICATION)) {
            for (RuleFiring firing : firings) {
              if (insertFiring(firingRow, firing.key(), firing, now) == 0) {
                continue;
              }
              for (DeliveryChannel channel : DeliveryChannel.values()) {
                if (firing.channels().contains(channel)) {
                  added +=
                      insertNotification(
                          notificationRow, firing.key(), firing.userId(), channel, now, now);
                }
              }
            }
          }
          return added;
        });
  }

  private static int insertFiring(
      PreparedStatement statement, String key, RuleFiring firing, LocalDateTime now)
      throws SQLException {
    statement.setString(1, key);
    statement.setLong(2, firing.ruleId());
    statement.setLong(3, firing.userId());
    statement.setString(4, firing.ruleName());
    statement.setString(5, firing.symbol());
    statement.setString(6, firing.interval().code());
    statement.setObject(7, utc(firing.barTime()));
    setDouble(statement, 8, firing.close());
    setDouble(statement, 9, firing.value());
    statement.setString(10, firing.message());
    statement.setObject(11, now);
    return statement.executeUpdate();
  }

  private static int insertNotification(
      PreparedStatement statement,
      String key,
      long userId,
      DeliveryChannel channel,
      LocalDateTime now,
      LocalDateTime due)
      throws SQLException {
    statement.setLong(1, userId);
    statement.setString(2, key);
    statement.setString(3, channel.code());
    statement.setObject(4, due);
    statement.setObject(5, now);
    return statement.executeUpdate();
  }

  @Override
  public List<StoredNotification> claimDue(Instant now, int limit, Duration lease) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
    }
    LocalDateTime at = utc(now);
    LocalDateTime until = utc(now.plus(lease));
    List<Long> claimed = new ArrayList<>();
    WriteTransaction.run(
        connections,
        writeLock,
        "claim of due notifications",
        connection -> {
          List<Long> candidates = new ArrayList<>();
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT id FROM notifications WHERE "
                      + DUE
                      + " ORDER BY next_attempt_at, id LIMIT ?")) {
            statement.setObject(1, at);
            statement.setObject(2, at);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                candidates.add(rows.getLong(1));
              }
            }
          }
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "UPDATE notifications SET status = 'SENDING', lease_until = ?,"
                      + " attempts = attempts + 1 WHERE id = ? AND "
                      + DUE)) {
            for (long id : candidates) {
              statement.setObject(1, until);
              statement.setLong(2, id);
              statement.setObject(3, at);
              statement.setObject(4, at);
              if (statement.executeUpdate() == 1) {
                claimed.add(id);
              }
            }
          }
          return claimed.size();
        });
    if (claimed.isEmpty()) {
      return List.of();
    }
    String ids = claimed.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return read(
        "read of claimed notifications",
        "SELECT "
            + COLUMNS
            + FROM
            + " WHERE n.id IN ("
            + ids
            + ") ORDER BY n.next_attempt_at, n.id",
        statement -> {});
  }

  @Override
  public boolean markSent(StoredNotification claimed, Instant sentAt) {
    return finish(
        claimed,
        "UPDATE notifications SET status = 'SENT', sent_at = ?, lease_until = NULL,"
            + " last_error = NULL"
            + CLAIMED,
        statement -> statement.setObject(1, utc(sentAt)));
  }

  @Override
  public boolean markRetry(StoredNotification claimed, String error, Instant nextAttempt) {
    return finish(
        claimed,
        "UPDATE notifications SET status = 'RETRYING', last_error = ?, next_attempt_at = ?,"
            + " lease_until = NULL"
            + CLAIMED,
        statement -> {
          statement.setString(1, error);
          statement.setObject(2, utc(nextAttempt));
        });
  }

  @Override
  public boolean markDead(StoredNotification claimed, String error) {
    return finish(
        claimed,
        "UPDATE notifications SET status = 'DEAD', last_error = ?, lease_until = NULL" + CLAIMED,
        statement -> statement.setString(1, error));
  }

  @Override
  public boolean markSkipped(StoredNotification claimed, String reason) {
    return finish(
        claimed,
        "UPDATE notifications SET status = 'SKIPPED', last_error = ?, lease_until = NULL" + CLAIMED,
        statement -> statement.setString(1, reason));
  }

  @Override
  public boolean postpone(StoredNotification claimed, Instant until) {
    return finish(
        claimed,
        "UPDATE notifications SET status = 'PENDING', next_attempt_at = ?, lease_until = NULL,"
            + " attempts = attempts - 1"
            + CLAIMED,
        statement -> statement.setObject(1, utc(until)));
  }

  @Override
  public boolean markDigested(StoredNotification claimed, Instant windowStart) {
    String key =
        DIGEST_PREFIX
            + claimed.userId()
            + "/"
            + claimed.channel().code()
            + "/"
            + windowStart.toEpochMilli();
    LocalDateTime now = utc(clock.instant());
    return WriteTransaction.run(
            connections,
            writeLock,
            "digest of notification " + claimed.id(),
            connection -> {
              int changed;
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "UPDATE notifications SET status = 'DIGESTED', digest_key = ?,"
                          + " lease_until = NULL"
                          + CLAIMED)) {
                statement.setString(1, key);
                statement.setLong(2, claimed.id());
                statement.setObject(3, lease(claimed));
                changed = statement.executeUpdate();
              }
              if (changed == 1) {
                RuleFiring digest =
                    new RuleFiring(
                        0,
                        claimed.userId(),
                        "Digest",
                        "",
                        Interval.ONE_HOUR,
                        windowStart,
                        Double.NaN,
                        Double.NaN,
                        DIGEST_MESSAGE,
                        Set.of(claimed.channel()));
                try (PreparedStatement firingRow = connection.prepareStatement(INSERT_FIRING);
                    PreparedStatement notificationRow =
                        connection.prepareStatement(INSERT_NOTIFICATION)) {
                  insertFiring(firingRow, key, digest, now);
                  insertNotification(
                      notificationRow,
                      key,
                      claimed.userId(),
                      claimed.channel(),
                      now,
                      utc(windowStart.plus(Duration.ofHours(1))));
                }
              }
              return changed;
            })
        == 1;
  }

  @Override
  public List<StoredNotification> digested(StoredNotification digest) {
    return read(
        "read of digested notifications",
        "SELECT "
            + COLUMNS
            + FROM
            + " WHERE n.digest_key = ? AND n.user_id = ? AND n.channel = ? ORDER BY n.id",
        statement -> {
          statement.setString(1, digest.firingKey());
          statement.setLong(2, digest.userId());
          statement.setString(3, digest.channel().code());
        });
  }

  @Override
  public long sentSince(long userId, DeliveryChannel channel, Instant from) {
    return count(
        "count of sent notifications",
        "SELECT COUNT(*) FROM notifications WHERE user_id = ? AND channel = ? AND status = 'SENT'"
            + " AND sent_at >= ? AND firing_key NOT LIKE '"
            + DIGEST_PREFIX
            + "%'",
        statement -> {
          statement.setLong(1, userId);
          statement.setString(2, channel.code());
          statement.setObject(3, utc(from));
        });
  }

  @Override
  public List<StoredNotification> forUser(long userId, NotificationFilter filter, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE n.user_id = ?");
    filter.channel().ifPresent(channel -> sql.append(" AND n.channel = ?"));
    if (!filter.statuses().isEmpty()) {
      sql.append(" AND n.status IN (")
          .append(String.join(", ", Collections.nCopies(filter.statuses().size(), "?")))
          .append(")");
    }
    filter.beforeId().ifPresent(id -> sql.append(" AND n.id < ?"));
    if (filter.read() == NotificationFilter.ReadState.UNREAD) {
      sql.append(" AND n.read_at IS NULL");
    }
    sql.append(" ORDER BY n.id DESC LIMIT ?");
    return read(
        "read of notifications of user " + userId,
        sql.toString(),
        statement -> {
          int index = 1;
          statement.setLong(index++, userId);
          if (filter.channel().isPresent()) {
            statement.setString(index++, filter.channel().get().code());
          }
          for (NotificationStatus status : NotificationStatus.values()) {
            if (filter.statuses().contains(status)) {
              statement.setString(index++, status.name());
            }
          }
          if (filter.beforeId().isPresent()) {
            statement.setLong(index++, filter.beforeId().get());
          }
          statement.setInt(index, limit);
        });
  }

  @Override
  public Optional<StoredNotification> byId(long userId, long id) {
    return read(
            "read of notification " + id,
            "SELECT " + COLUMNS + FROM + " WHERE n.id = ? AND n.user_id = ?",
            statement -> {
              statement.setLong(1, id);
              statement.setLong(2, userId);
            })
        .stream()
        .findFirst();
  }

  @Override
  public boolean markRead(long userId, long id) {
    LocalDateTime now = utc(clock.instant());
    return WriteTransaction.run(
            connections,
            writeLock,
            "mark read of notification " + id,
            connection -> {
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "UPDATE notifications SET read_at = COALESCE(read_at, ?)"
                          + " WHERE id = ? AND user_id = ?")) {
                statement.setObject(1, now);
                statement.setLong(2, id);
                statement.setLong(3, userId);
                return statement.executeUpdate();
              }
            })
        > 0;
  }

  @Override
  public long markAllRead(long userId) {
    LocalDateTime now = utc(clock.instant());
    return WriteTransaction.run(
        connections,
        writeLock,
        "mark read of the notifications of user " + userId,
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "UPDATE notifications SET read_at = ? WHERE user_id = ? AND channel = 'in_app'"
                      + " AND status = 'SENT' AND read_at IS NULL")) {
            statement.setObject(1, now);
            statement.setLong(2, userId);
            return statement.executeUpdate();
          }
        });
  }

  @Override
  public long unreadCount(long userId) {
    return count(
        "count of unread notifications",
        "SELECT COUNT(*) FROM notifications WHERE user_id = ? AND channel = 'in_app'"
            + " AND status = 'SENT' AND read_at IS NULL",
        statement -> statement.setLong(1, userId));
  }

  @Override
  public NotificationPreferences preferences(long userId) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT in_app_enabled, webhook_enabled, email_enabled, webhook_url,"
                    + " webhook_template, webhook_secret, email_override, quiet_from, quiet_to,"
                    + " max_per_hour FROM notification_preferences WHERE user_id = ?")) {
      statement.setLong(1, userId);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return NotificationPreferences.defaults(userId);
        }
        Set<DeliveryChannel> enabled = EnumSet.noneOf(DeliveryChannel.class);
        DeliveryChannel[] order = {
          DeliveryChannel.IN_APP, DeliveryChannel.WEBHOOK, DeliveryChannel.EMAIL
        };
        for (int i = 0; i < order.length; i++) {
          if (rows.getBoolean(i + 1)) {
            enabled.add(order[i]);
          }
        }
        return new NotificationPreferences(
            userId,
            enabled,
            Optional.ofNullable(rows.getString(4)),
            Optional.ofNullable(rows.getString(5)),
            Optional.ofNullable(rows.getString(6)),
            Optional.ofNullable(rows.getString(7)),
            Optional.ofNullable(rows.getObject(8, LocalTime.class)),
            Optional.ofNullable(rows.getObject(9, LocalTime.class)),
            rows.getInt(10));
      }
    } catch (SQLException e) {
      throw new StoreException("read of the preferences of user " + userId, e);
    }
  }

  @Override
  public void savePreferences(NotificationPreferences preferences) {
    LocalDateTime now = utc(clock.instant());
    WriteTransaction.run(
        connections,
        writeLock,
        "save of the preferences of user " + preferences.userId(),
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "INSERT INTO notification_preferences (user_id, in_app_enabled,"
                      + " webhook_enabled, email_enabled, webhook_url, webhook_template,"
                      + " webhook_secret, email_override, quiet_from, quiet_to, max_per_hour,"
                      + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (user_id) DO UPDATE SET"
                      + " in_app_enabled = EXCLUDED.in_app_enabled,"
                      + " webhook_enabled = EXCLUDED.webhook_enabled,"
                      + " email_enabled = EXCLUDED.email_enabled,"
                      + " webhook_url = EXCLUDED.webhook_url,"
                      + " webhook_template = EXCLUDED.webhook_template,"
                      + " webhook_secret = EXCLUDED.webhook_secret,"
                      + " email_override = EXCLUDED.email_override,"
                      + " quiet_from = EXCLUDED.quiet_from, quiet_to = EXCLUDED.quiet_to,"
                      + " max_per_hour = EXCLUDED.max_per_hour,"
                      + " updated_at = EXCLUDED.updated_at")) {
            statement.setLong(1, preferences.userId());
            statement.setBoolean(2, preferences.enabled().contains(DeliveryChannel.IN_APP));
            statement.setBoolean(3, preferences.enabled().contains(DeliveryChannel.WEBHOOK));
            statement.setBoolean(4, preferences.enabled().contains(DeliveryChannel.EMAIL));
            statement.setString(5, preferences.webhookUrl().orElse(null));
            statement.setString(6, preferences.webhookTemplate().orElse(null));
            statement.setString(7, preferences.webhookSecret().orElse(null));
            statement.setString(8, preferences.emailOverride().orElse(null));
            setTime(statement, 9, preferences.quietFrom());
            setTime(statement, 10, preferences.quietTo());
            statement.setInt(11, preferences.maxPerHour());
            statement.setObject(12, now);
            return statement.executeUpdate();
          }
        });
  }

  @Override
  public DeliveryHealth health(Instant now) {
    List<DeliveryHealth.Count> counts = new ArrayList<>();
    Optional<Duration> oldest;
    try (Connection connection = connections.open()) {
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT channel, status, COUNT(*) FROM notifications GROUP BY channel, status"
                      + " ORDER BY channel, status");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new DeliveryHealth.Count(
                  DeliveryChannel.of(rows.getString(1)),
                  NotificationStatus.valueOf(rows.getString(2)),
                  rows.getLong(3)));
        }
      }
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT MIN(created_at) FROM notifications"
                      + " WHERE status IN ('PENDING', 'RETRYING', 'SENDING')");
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        LocalDateTime created = rows.getObject(1, LocalDateTime.class);
        oldest =
            Optional.ofNullable(created)
                .map(time -> Duration.between(time.toInstant(ZoneOffset.UTC), now))
                .map(age -> age.isNegative() ? Duration.ZERO : age);
      }
    } catch (SQLException e) {
      throw new StoreException("read of delivery health", e);
    }
    return new DeliveryHealth(counts, oldest);
  }

  /** Binds a statement's parameters. */
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private boolean finish(StoredNotification claimed, String sql, Binder outcome) {
    int parameters = (int) sql.chars().filter(c -> c == '?').count();
    return WriteTransaction.run(
            connections,
            writeLock,
            "outcome of notification " + claimed.id(),
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                outcome.bind(statement);
                statement.setLong(parameters - 1, claimed.id());
                statement.setObject(parameters, lease(claimed));
                return statement.executeUpdate();
              }
            })
        == 1;
  }

  private static LocalDateTime lease(StoredNotification claimed) {
    return utc(
        claimed
            .leaseUntil()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "notification " + claimed.id() + " is not claimed")));
  }

  private List<StoredNotification> read(String operation, String sql, Binder binder) {
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<StoredNotification> notifications = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          notifications.add(notification(rows));
        }
      }
      return notifications;
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  private long count(String operation, String sql, Binder binder) {
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  private static StoredNotification notification(ResultSet rows) throws SQLException {
    DeliveryChannel channel = DeliveryChannel.of(rows.getString(3));
    RuleFiring firing =
        new RuleFiring(
            rows.getLong(12),
            rows.getLong(13),
            rows.getString(14),
            rows.getString(15),
            Interval.parse(rows.getString(16)),
            instant(rows, 17).orElseThrow(),
            nullableDouble(rows, 18),
            nullableDouble(rows, 19),
            rows.getString(20),
            Set.of(channel));
    return new StoredNotification(
        rows.getLong(1),
        rows.getString(2),
        firing,
        channel,
        NotificationStatus.valueOf(rows.getString(4)),
        rows.getInt(5),
        instant(rows, 6).orElseThrow(),
        instant(rows, 7).orElseThrow(),
        instant(rows, 8),
        instant(rows, 9),
        instant(rows, 10),
        rows.getString(11));
  }

  private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
    LocalDateTime time = rows.getObject(column, LocalDateTime.class);
    return Optional.ofNullable(time).map(value -> value.toInstant(ZoneOffset.UTC));
  }

  private static double nullableDouble(ResultSet rows, int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? Double.NaN : value;
  }

  private static void setDouble(PreparedStatement statement, int index, double value)
      throws SQLException {
    if (Double.isFinite(value)) {
      statement.setDouble(index, value);
    } else {
      statement.setNull(index, Types.DOUBLE);
    }
  }

  private static void setTime(PreparedStatement statement, int index, Optional<LocalTime> time)
      throws SQLException {
    if (time.isPresent()) {
      statement.setObject(index, time.get());
    } else {
      statement.setNull(index, Types.TIME);
    }
  }

  /** UTC wall time at millisecond precision, as both engines store and compare it exactly. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }
}
