package io.breadthflow.stream.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API of a Flink session cluster's JobManager (the one its web UI uses): jobs, their
 * checkpoints, stop with a savepoint, cancel.
 */
public final class FlinkRest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** The JobManager at {@code host:port}. */
  public FlinkRest(String host, int port) {
    this.base = "http://" + host + ":" + port;
  }

  /**
   * A job as the cluster lists it.
   *
   * @param id the job id
   * @param name its name
   * @param state Flink's state: RUNNING, FINISHED, FAILED, CANCELED, RESTARTING, …
   * @param start when it started
   * @param duration how long it has run
   */
  public record Job(String id, String name, String state, Instant start, Duration duration) {
    /** Whether the job has ended for good. */
    public boolean ended() {
      return List.of("FINISHED", "FAILED", "CANCELED").contains(state);
    }
  }

  /**
   * A job's newest completed checkpoint.
   *
   * @param id its number
   * @param path where it lies
   * @param completed when it completed
   * @param stateBytes the size of its state
   * @param restored how often the job restored from a checkpoint so far
   */
  public record Checkpoint(
      long id, String path, Instant completed, long stateBytes, long restored) {}

  /** The TaskManagers and slots of the cluster. */
  public record Overview(int taskManagers, int slots, int freeSlots, String version) {}

  /**
   * @throws IOException when the JobManager does not answer
   */
  public Overview overview() throws IOException {
    JsonNode node = get("/overview");
    return new Overview(
        node.path("taskmanagers").asInt(),
        node.path("slots-total").asInt(),
        node.path("slots-available").asInt(),
        node.path("flink-version").asText());
  }

  /** Every job the cluster knows, newest first. */
  public List<Job> jobs() throws IOException {
    List<Job> jobs = new ArrayList<>();
    for (JsonNode job : get("/jobs/overview").path("jobs")) {
      jobs.add(
          new Job(
              job.path("jid").asText(),
              job.path("name").asText(),
              job.path("state").asText(),
              Instant.ofEpochMilli(job.path("start-time").asLong()),
              Duration.ofMillis(Math.max(0, job.path("duration").asLong()))));
    }
    jobs.sort((a, b) -> b.start().compareTo(a.start()));
    return jobs;
  }

  /** The job {@code id}, if the cluster knows it. */
  public Optional<Job> job(String id) throws IOException {
    return jobs().stream().filter(job -> job.id().equals(id)).findFirst();
  }

  /** The failures job {@code id} recovered from or died of (its exception history). */
  public int failures(String id) throws IOException {
    return get("/jobs/" + id + "/exceptions").path("exceptionHistory").path("entries").size();
  }

  /** The newest completed checkpoint of job {@code id}, if it has one. */
  public Optional<Checkpoint> latestCheckpoint(String id) throws IOException {
    JsonNode node = get("/jobs/" + id + "/checkpoints");
    JsonNode completed = node.path("latest").path("completed");
    if (completed.isMissingNode() || completed.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new Checkpoint(
            completed.path("id").asLong(),
            completed.path("external_path").asText(),
            Instant.ofEpochMilli(completed.path("latest_ack_timestamp").asLong()),
            completed.path("checkpointed_size").asLong(completed.path("state_size").asLong()),
            node.path("counts").path("restored").asLong()));
  }

  /**
   * Stops job {@code id} with a savepoint in {@code directory} and waits for it (at most {@code
   * timeout}).
   *
   * @return where the savepoint lies
   * @throws IOException when the savepoint failed or took too long
   */
  public String stopWithSavepoint(String id, URI directory, Duration timeout)
      throws IOException, InterruptedException {
    JsonNode trigger =
        post(
            "/jobs/" + id + "/stop",
            Map.of("targetDirectory", directory.toString(), "drain", false));
    String request = trigger.path("request-id").asText();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = get("/jobs/" + id + "/savepoints/" + request);
      if ("COMPLETED".equals(status.path("status").path("id").asText())) {
        JsonNode operation = status.path("operation");
        if (operation.has("location")) {
          return operation.path("location").asText();
        }
        throw new IOException("the savepoint of job " + id + " failed");
      }
      Thread.sleep(200);
    }
    throw new IOException("the savepoint of job " + id + " took longer than " + timeout);
  }

  /** Cancels job {@code id} (its latest retained checkpoint stays). */
  public void cancel(String id) throws IOException, InterruptedException {
    send(
        HttpRequest.newBuilder(URI.create(base + "/jobs/" + id + "?mode=cancel"))
            .timeout(TIMEOUT)
            .method("PATCH", HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private JsonNode get(String path) throws IOException {
    try {
      return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private JsonNode post(String path, Map<String, Object> body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException(
          "Flink at "
              + base
              + " answered "
              + response.statusCode()
              + " to "
              + request.uri().getPath());
    }
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }
}
