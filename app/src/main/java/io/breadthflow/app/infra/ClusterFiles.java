package io.breadthflow.app.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The cluster's configuration files under {@code conf/}: Flink's {@code config.yaml}, one {@code
 * server.properties} per Kafka node, and the logging of every process (to its log file, at INFO).
 */
final class ClusterFiles {
  private ClusterFiles() {}

  /** The folder of Flink's {@code config.yaml}. */
  static Path flinkConf(InfraLayout layout) {
    return layout.conf().resolve("flink");
  }

  static Path kafkaProperties(InfraLayout layout, int node) {
    return layout.conf().resolve("kafka-" + node + ".properties");
  }

  static Path logback(InfraLayout layout) {
    return layout.conf().resolve("logback.xml");
  }

  /** Writes every file, replacing what a previous start wrote. */
  static void write(InfraLayout layout) throws IOException {
    Files.createDirectories(flinkConf(layout));
    Files.createDirectories(layout.logs());
    Files.createDirectories(layout.pids());
    Files.createDirectories(layout.checkpoints());
    Files.createDirectories(layout.home().resolve("tmp"));
    Files.writeString(flinkConf(layout).resolve("config.yaml"), flinkConfig(layout));
    for (int node = 1; node <= InfraLayout.BROKERS; node++) {
      Properties props = layout.kafkaNode(node).properties();
      try (OutputStream out = Files.newOutputStream(kafkaProperties(layout, node))) {
        props.store(out, "kafka-" + node + " (written by bf infra start)");
      }
    }
    Files.writeString(logback(layout), LOGBACK);
  }

  /**
   * A session cluster on loopback: fixed RPC and REST ports, two slots per TaskManager, fast
   * failure detection (a killed TaskManager is noticed within seconds, not Flink's 50 s default),
   * checkpoints in the shared folder, and the Prometheus reporter.
   */
  private static String flinkConfig(InfraLayout layout) {
    String checkpoints = layout.checkpoints().toUri().toString();
    return String.join(
            "\n",
            "# written by bf infra start",
            "jobmanager.rpc.address: 127.0.0.1",
            "jobmanager.rpc.port: " + layout.jobManagerRpcPort(),
            "jobmanager.bind-host: 127.0.0.1",
            "jobmanager.memory.process.size: 1024m",
            "taskmanager.bind-host: 127.0.0.1",
            "taskmanager.host: 127.0.0.1",
            "taskmanager.numberOfTaskSlots: 2",
            // a job's slots spread over the TaskManagers, so losing one always tests recovery
            "taskmanager.load-balance.mode: SLOTS",
            "rest.address: 127.0.0.1",
            "rest.bind-address: 127.0.0.1",
            "rest.port: " + layout.flinkRestPort(),
            "heartbeat.interval: 1000",
            "heartbeat.timeout: 6000",
            "execution.checkpointing.dir: " + checkpoints,
            "execution.checkpointing.savepoint-dir: " + checkpoints + "savepoints",
            "execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION",
            "execution.checkpointing.num-retained: 3",
            "io.tmp.dirs: " + layout.home().resolve("tmp"),
            "metrics.reporter.prom.factory.class: "
                + "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
            "metrics.reporter.prom.port: "
                + layout.prometheusPort(0)
                + "-"
                + layout.prometheusPort(InfraLayout.TASK_MANAGERS),
            "")
        + "\n";
  }

  private static final String LOGBACK =
      """
      <configuration>
        <!-- written by bf infra start: each process logs to its own file (standard output) -->
        <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
          <encoder>
            <pattern>%d{ISO8601} %level %logger{36}: %msg%n</pattern>
          </encoder>
        </appender>
        <logger name="org.apache.kafka" level="WARN"/>
        <logger name="kafka" level="WARN"/>
        <logger name="org.apache.pekko" level="WARN"/>
        <root level="INFO">
          <appender-ref ref="OUT"/>
        </root>
      </configuration>
      """;
}
