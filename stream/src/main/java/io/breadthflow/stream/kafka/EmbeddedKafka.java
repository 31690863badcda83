package io.breadthflow.stream.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka (KRaft, broker and controller in one process role) inside this JVM, for
 * {@code bf kafka demo} and the tests when no cluster is given. It is the real server of the {@code
 * kafka_2.13} artifact, set up as {@code kafka-storage.sh format} and {@code kafka-server-start.sh}
 * would: the log directory is formatted with Kafka's storage {@link Formatter}, then a {@link
 * KafkaRaftServer} starts on two free ports of 127.0.0.1 (clients and controller). Its data lives
 * in a temporary folder that is deleted when it closes. Not thread-safe; close it once.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final int START_ATTEMPTS = 3;

  private final KafkaRaftServer server;
  private final Path logDir;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, Path logDir, String bootstrapServers) {
    this.server = server;
    this.logDir = logDir;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Formats and starts the node; returns when the broker accepts clients. (Kafka's formatter prints
   * to standard output, which is data for the CLI: it prints nowhere here.)
   */
  public static EmbeddedKafka start() throws Exception {
    Exception last = null;
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      // the free ports are chosen before the server binds them: another process may take one
      // in between, so a failed start is retried on new ports
      try {
        return startOnce();
      } catch (Exception e) {
        last = e;
      }
    }
    throw last;
  }

  private static EmbeddedKafka startOnce() throws Exception {
    Path logDir = Files.createTempDirectory("bf-kafka-");
    KafkaRaftServer server = null;
    try {
      int[] ports = freePorts();
      String bootstrap = "127.0.0.1:" + ports[0];
      KraftNode node = new KraftNode(1, ports[0], List.of(ports[1]), logDir);
      node.format(Uuid.randomUuid().toString());
      KafkaConfig config = new KafkaConfig(node.properties(), false);
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      awaitBroker(bootstrap);
      return new EmbeddedKafka(server, logDir, bootstrap);
    } catch (Exception | Error e) {
      if (server != null) {
        stop(server);
      }
      delete(logDir);
      throw e;
    }
  }

  /** Waits until the broker answers a client: its listener is up and it is unfenced. */
  private static void awaitBroker(String bootstrap) throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
    }
  }

  private static int[] freePorts() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    try (ServerSocket broker = new ServerSocket(0, 1, loopback);
        ServerSocket controller = new ServerSocket(0, 1, loopback)) {
      return new int[] {broker.getLocalPort(), controller.getLocalPort()};
    }
  }

  /** The broker's address for clients, {@code 127.0.0.1:port}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Where the node keeps its data while it runs. */
  Path logDir() {
    return logDir;
  }

  /** Stops the node and deletes its data. */
  @Override
  public void close() throws Exception {
    try {
      stop(server);
    } finally {
      delete(logDir);
    }
  }

  private static void stop(KafkaRaftServer server) {
    server.shutdown();
    server.awaitShutdown();
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the Kafka data in " + dir, e);
    }
  }
}
