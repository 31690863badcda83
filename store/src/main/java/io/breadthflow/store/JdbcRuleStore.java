package io.breadthflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.ActiveHours;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.ConditionKind;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.core.rule.TargetKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link RuleStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. A condition is stored as
 * its kind's code and its parameters as a JSON object, read back through {@link
 * ConditionKind#parse}, so a stored rule is checked as a new one is.
 */
final class JdbcRuleStore implements RuleStore {
  private static final String COLUMNS =
      "id, user_id, name, target_kind, target_value, condition_kind, parameters, bar_interval,"
          + " cooldown_seconds, active_from, active_to, zone, channels, status";
  private static final String VALUES_LIST =
      "user_id = ?, name = ?, target_kind = ?, target_value = ?, condition_kind = ?,"
          + " parameters = ?, bar_interval = ?, cooldown_seconds = ?, active_from = ?,"
          + " active_to = ?, zone = ?, channels = ?, status = ?";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcRuleStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  @Override
  public AlertRule create(AlertRule rule) {
    String sql =
        "INSERT INTO alert_rules (user_id, name, target_kind, target_value, condition_kind,"
            + " parameters, bar_interval, cooldown_seconds, active_from, active_to, zone,"
            + " channels, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
    long[] id = new long[1];
    WriteTransaction.run(
        connections,
        writeLock,
        "creation of a rule of user " + rule.userId(),
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, rule);
            try (ResultSet rows = statement.executeQuery()) {
              rows.next();
              id[0] = rows.getLong(1);
            }
          }
          return 1;
        });
    return rule.withId(id[0]);
  }

  @Override
  public Optional<AlertRule> update(long ownerId, AlertRule rule) {
    if (rule.userId() != ownerId) {
      return Optional.empty();
    }
    String sql =
        "UPDATE alert_rules SET "
            + VALUES_LIST
            + ", updated_at = current_timestamp WHERE id = ? AND user_id = ?";
    long changed =
        WriteTransaction.run(
            connections,
            writeLock,
            "update of rule " + rule.id(),
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, rule);
                statement.setLong(14, rule.id());
                statement.setLong(15, ownerId);
                return statement.executeUpdate();
              }
            });
    return changed == 1 ? Optional.of(rule) : Optional.empty();
  }

  @Override
  public boolean delete(long ownerId, long ruleId) {
    return WriteTransaction.run(
            connections,
            writeLock,
            "deletion of rule " + ruleId,
            connection -> {
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "DELETE FROM alert_rules WHERE id = ? AND user_id = ?")) {
                statement.setLong(1, ruleId);
                statement.setLong(2, ownerId);
                return statement.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public List<AlertRule> list(long ownerId) {
    return query("WHERE user_id = ? ORDER BY id", ownerId);
  }

  @Override
  public Optional<AlertRule> byId(long ownerId, long ruleId) {
    return query("WHERE id = ? AND user_id = ?", ruleId, ownerId).stream().findFirst();
  }

  @Override
  public int count(long ownerId) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement("SELECT count(*) FROM alert_rules WHERE user_id = ?")) {
      statement.setLong(1, ownerId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("count of the rules of user " + ownerId, e);
    }
  }

  @Override
  public List<AlertRule> active() {
    return query("WHERE status = 'active' ORDER BY id");
  }

  private List<AlertRule> query(String where, Object... parameters) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement("SELECT " + COLUMNS + " FROM alert_rules " + where)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<AlertRule> rules = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          rules.add(read(rows));
        }
      }
      return rules;
    } catch (SQLException e) {
      throw new StoreException("read of alert rules", e);
    }
  }

  private static void bind(PreparedStatement statement, AlertRule rule) throws SQLException {
    statement.setLong(1, rule.userId());
    statement.setString(2, rule.name());
    statement.setString(3, rule.target().kind().name().toLowerCase(Locale.ROOT));
    statement.setString(4, rule.target().value());
    statement.setString(5, rule.condition().kind().code());
    statement.setString(6, parametersOf(rule.condition()));
    statement.setString(7, rule.interval().code());
    statement.setLong(8, rule.cooldown().toSeconds());
    statement.setString(9, rule.activeHours().from().toString());
    statement.setString(10, rule.activeHours().to().toString());
    statement.setString(11, rule.activeHours().zone().getId());
    statement.setString(
        12,
        rule.channels().stream()
            .map(DeliveryChannel::code)
            .sorted()
            .collect(Collectors.joining(",")));
    statement.setString(13, rule.status().name().toLowerCase(Locale.ROOT));
  }

  private static AlertRule read(ResultSet rows) throws SQLException {
    long id = rows.getLong(1);
    try {
      ConditionKind kind = ConditionKind.of(rows.getString(6));
      RuleCondition condition = kind.parse(JSON.readValue(rows.getString(7), MAP));
      ZoneId zone = ZoneId.of(rows.getString(12));
      Set<DeliveryChannel> channels =
          Arrays.stream(rows.getString(13).split(","))
              .map(DeliveryChannel::of)
              .collect(Collectors.toSet());
      return new AlertRule(
          id,
          rows.getLong(2),
          rows.getString(3),
          new RuleTarget(
              TargetKind.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), rows.getString(5)),
          condition,
          Interval.parse(rows.getString(8)),
          Duration.ofSeconds(rows.getLong(9)),
          new ActiveHours(
              LocalTime.parse(rows.getString(10)), LocalTime.parse(rows.getString(11)), zone),
          channels,
          RuleStatus.valueOf(rows.getString(14).toUpperCase(Locale.ROOT)));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException("read of rule " + id, e);
    }
  }

  private static String parametersOf(RuleCondition condition) {
    try {
      return JSON.writeValueAsString(condition.parameters());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the parameters of " + condition, e);
    }
  }

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
}
