package io.breadthflow.app.infra;

import io.breadthflow.stream.kafka.KraftNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;

/**
 * The brokers' storage: formatted once with the cluster's id (kept in {@code conf/}), so that a
 * restarted cluster keeps its topics and a node never joins with another cluster's data.
 */
final class KafkaStorage {
  private KafkaStorage() {}

  static String clusterId(InfraLayout layout) throws IOException {
    Path file = layout.conf().resolve("kafka-cluster-id");
    if (Files.isRegularFile(file)) {
      return Files.readString(file).trim();
    }
    String id = Uuid.randomUuid().toString();
    Files.writeString(file, id);
    return id;
  }

  static void formatOnce(KraftNode node, String clusterId) throws Exception {
    if (Files.isRegularFile(node.logDir().resolve("meta.properties"))) {
      return;
    }
    Files.createDirectories(node.logDir());
    node.format(clusterId);
  }
}
