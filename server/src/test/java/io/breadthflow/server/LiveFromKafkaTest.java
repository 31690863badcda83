package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.breadthflow.app.config.ClusterLinks;
import io.breadthflow.app.config.PeerServers;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalComponent;
import io.breadthflow.stream.kafka.EmbeddedKafka;
import io.breadthflow.stream.kafka.Topics;
import io.breadthflow.stream.market.TimedSignal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers with Kafka push what the job commits to the output topics, on a real single-node Kafka:
 * records written as the job's transactional sinks write them (JSON, keyed by symbol) reach the
 * WebSocket clients of every server as the live events the embedded job publishes.
 */
class LiveFromKafkaTest {
  private static final ObjectMapper JOB_JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .addMixIn(Interval.class, IntervalCode.class)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private static final Instant START = Instant.parse("2026-03-02T14:31:00Z");
  private static final String ALL_CHANNELS =
      "{\"action\":\"subscribe\",\"channels\":[\"bars\",\"signals\",\"alerts\",\"breadth\"]}";

  private static EmbeddedKafka kafka;

  @TempDir Path dir;
  private TestStore testStore;
  private final List<ApiServer> servers = new ArrayList<>();

  /** Intervals by code, as the job's JSON values write them. */
  abstract static class IntervalCode {
    @JsonValue
    abstract String code();
  }

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
    Topics.ensure(kafka.bootstrapServers());
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @BeforeEach
  void open() throws Exception {
    testStore = new TestStore("duckdb", dir);
  }

  @AfterEach
  void close() throws Exception {
    servers.forEach(ApiServer::close);
    testStore.close();
  }

  @Test
  void committedBarsSignalsAlertsAndBreadthReachEveryServersClientsAsLiveEvents() throws Exception {
    ApiServer a = serve(kafka.bootstrapServers());
    ApiServer b = serve(kafka.bootstrapServers());
    List<String> onA = subscribed(a);
    List<String> onB = subscribed(b);
    Bar bar =
        new Bar(
            "AAPL", Interval.ONE_MINUTE, START, 190.5, 191, 190.25, 190.75, 1200, Double.NaN, 12);
    TimedSignal signal =
        new TimedSignal(
            "1m",
            START,
            new Signal(
                "AAPL",
                LocalDate.of(2026, 3, 2),
                "composite",
                0.62,
                SignalAction.BUY,
                0.71,
                List.of(new SignalComponent("rsi", 0.4, 0.25, "RSI 38 rising"))));
    Alert alert =
        new Alert("AAPL", "1m", START, "rsi_overbought", "warning", "RSI 74.2 above 70", 74.2);
    String breadth =
        "{\"type\":\"breadth\",\"interval\":\"1m\",\"start\":\"2026-03-02T14:31:00Z\",\"breadth\":"
            + "{\"date\":\"2026-03-02\",\"advancers\":60,\"decliners\":35,\"unchanged\":5,"
            + "\"net_advances\":25,\"ad_line\":25,\"trin\":\"NaN\",\"zbt_thrust\":false}}";

    try (KafkaProducer<String, String> job = producer()) {
      job.beginTransaction();
      job.send(new ProducerRecord<>(Topics.BARS, "AAPL", JOB_JSON.writeValueAsString(bar)));
      job.send(new ProducerRecord<>(Topics.SIGNALS, "AAPL", JOB_JSON.writeValueAsString(signal)));
      job.send(new ProducerRecord<>(Topics.ALERTS, "AAPL", JOB_JSON.writeValueAsString(alert)));
      job.send(new ProducerRecord<>(Topics.EVENTS, "", breadth));
      job.send(
          new ProducerRecord<>(
              Topics.EVENTS, "", "{\"type\":\"trade_rejected\",\"reason\":\"x\",\"trade\":{}}"));
      job.commitTransaction();
    }

    for (List<String> frames : List.of(onA, onB)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> events(frames).size() == 4);
      Map<String, JsonNode> byType = new HashMap<>();
      events(frames).forEach(m -> byType.put(m.get("type").asText(), m));
      assertThat(byType.get("bars").get("symbol").asText()).isEqualTo("AAPL");
      assertThat(byType.get("bars").get("data")).isEqualTo(asSent(bar));
      assertThat(byType.get("signals").get("data")).isEqualTo(asSent(signal));
      assertThat(byType.get("alerts").get("data")).isEqualTo(asSent(alert));
      JsonNode row = byType.get("breadth").get("data");
      assertThat(byType.get("breadth").get("symbol").asText()).isEmpty();
      assertThat(row.get("interval").asText()).isEqualTo("1m");
      assertThat(row.get("start").asText()).isEqualTo("2026-03-02T14:31:00Z");
      assertThat(row.at("/breadth/advancers").asInt()).isEqualTo(60);
      assertThat(row.at("/breadth/trin").isNull()).isTrue();
    }
  }

  @Test
  void anAbortedTransactionNeverReachesClients() throws Exception {
    ApiServer server = serve(kafka.bootstrapServers());
    List<String> frames = subscribed(server);
    Alert aborted = new Alert("MSFT", "1m", START, "rsi_oversold", "warning", "aborted", 25);
    Alert committed = new Alert("MSFT", "1m", START, "rsi_oversold", "warning", "committed", 25);

    try (KafkaProducer<String, String> job = producer()) {
      job.beginTransaction();
      job.send(new ProducerRecord<>(Topics.ALERTS, "MSFT", JOB_JSON.writeValueAsString(aborted)));
      job.flush();
      job.abortTransaction();
      job.beginTransaction();
      job.send(new ProducerRecord<>(Topics.ALERTS, "MSFT", JOB_JSON.writeValueAsString(committed)));
      job.commitTransaction();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> !events(frames).isEmpty());
    assertThat(events(frames))
        .extracting(m -> m.at("/data/message").asText())
        .containsExactly("committed");
  }

  @Test
  void healthReportsEveryBrokerAndDegradesWhenFewerAnswerThanTheServerWasGiven() throws Exception {
    String bootstrap = kafka.bootstrapServers();
    ApiServer whole = serve(bootstrap);
    ApiServer missingOne = serve(bootstrap + ",127.0.0.1:1");

    JsonNode up = health(whole);
    JsonNode degraded = health(missingOne);

    assertThat(up.get("status").asText()).isEqualTo("up");
    assertThat(up.at("/components/kafka/status").asText()).isEqualTo("up");
    assertThat(up.at("/components/kafka/detail").asText()).isEqualTo("1 broker answer (ids 1)");
    assertThat(degraded.get("status").asText()).isEqualTo("degraded");
    assertThat(degraded.at("/components/kafka/detail").asText())
        .isEqualTo("1 of 2 brokers answer (ids 1)");
  }

  @Test
  void aServerWhoseKafkaDoesNotAnswerKeepsServingAndSaysSoWithoutTheAddress() throws Exception {
    ApiServer server = serve("127.0.0.1:1");

    HttpResponse<String> health = get(server, "/health");
    HttpResponse<String> universes = get(server, "/api/universes");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Json.read(health.body()).get("status").asText()).isEqualTo("degraded");
    assertThat(Json.read(health.body()).at("/components/kafka/status").asText()).isEqualTo("down");
    assertThat(health.body()).doesNotContain("127.0.0.1").doesNotContain("Exception");
    assertThat(universes.statusCode()).isEqualTo(200);
  }

  private ApiServer serve(String bootstrap) {
    ApiServer server =
        ApiServer.start(
            testStore.application(),
            TestStore.config(1_000, 1 << 20)
                .withCluster(
                    new ClusterLinks(
                        Optional.of(bootstrap),
                        Optional.empty(),
                        PeerServers.NONE,
                        Optional.empty())));
    servers.add(server);
    return server;
  }

  /** A client of {@code server} subscribed to every job channel, once the feed listens. */
  private static List<String> subscribed(ApiServer server) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> server.topicFeed().orElseThrow().listening());
    List<String> frames = new CopyOnWriteArrayList<>();
    WebSocket socket = TestSockets.connect(server.port(), frames, true);
    socket.sendText(ALL_CHANNELS, true).join();
    await().until(() -> frames.stream().anyMatch(f -> f.contains("\"subscribed\"")));
    return frames;
  }

  /** The job's events among the frames (the subscription's answer left out). */
  private static List<JsonNode> events(List<String> frames) throws Exception {
    return TestSockets.messages(frames).stream()
        .filter(
            m -> List.of("bars", "signals", "alerts", "breadth").contains(m.get("type").asText()))
        .toList();
  }

  /** {@code value} as the live push writes it for an event of the embedded job. */
  private static JsonNode asSent(Object value) throws Exception {
    return new ObjectMapper().readTree(Json.write(value));
  }

  private static KafkaProducer<String, String> producer() {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-job-" + UUID.randomUUID());
    KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    producer.initTransactions();
    return producer;
  }

  private static JsonNode health(ApiServer server) throws Exception {
    return Json.read(get(server, "/health").body());
  }

  private static HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
