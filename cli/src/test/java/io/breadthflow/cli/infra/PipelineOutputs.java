package io.breadthflow.cli.infra;

import io.breadthflow.stream.kafka.OutputTopics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * What one run of the job produced: the records it added to the output topics, as read-committed
 * consumers see them, and the rows of its PostgreSQL database; both sorted, for exact comparison.
 */
record PipelineOutputs(Map<String, List<String>> topics, Map<String, List<String>> tables) {

  /** The output topics' ends now (read committed), to read a later run's records from. */
  static Map<TopicPartition, Long> ends(String bootstrap) {
    return OutputTopics.ends(bootstrap, OutputTopics.ALL);
  }

  /** The records added to the output topics since {@code from}, and the tables of {@code jdbc}. */
  static PipelineOutputs since(String bootstrap, Map<TopicPartition, Long> from, String jdbc)
      throws SQLException {
    return new PipelineOutputs(
        OutputTopics.readCommitted(bootstrap, OutputTopics.ALL, from), tables(jdbc));
  }

  private static Map<String, List<String>> tables(String jdbc) throws SQLException {
    Map<String, String> queries = new HashMap<>();
    queries.put(
        "bars",
        "SELECT symbol, bar_interval, ts, open, high, low, close, volume, vwap, trade_count"
            + " FROM bars ORDER BY symbol, bar_interval, ts");
    queries.put(
        "alerts",
        "SELECT symbol, bar_interval, ts, rule, severity, message, value FROM alerts"
            + " ORDER BY symbol, bar_interval, ts, rule");
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(jdbc);
        Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> query : queries.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query.getValue())) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              row.append(result.getString(c)).append('|');
            }
            rows.add(row.toString());
          }
        }
        tables.put(query.getKey(), rows);
      }
    }
    return tables;
  }
}
