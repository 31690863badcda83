package io.breadthflow.app.kafka;

import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.app.stream.StreamCounts;
import io.breadthflow.stream.kafka.Topics;
import java.util.List;
import java.util.Map;

/**
 * What the Kafka demo saw.
 *
 * @param bootstrap the cluster used
 * @param topics the topics and their partitions
 * @param published trades published to {@code market-data}
 * @param job what the streaming job processed
 * @param committed per output topic, the records a read-committed consumer sees
 */
public record KafkaDemoReport(
    String bootstrap,
    List<Topics.Info> topics,
    long published,
    StreamCounts job,
    Map<String, List<String>> committed)
    implements RunOutcome {

  @Override
  public Map<String, Object> counts() {
    return Map.of("published", published, "trades", job.trades(), "bars", job.bars());
  }
}
