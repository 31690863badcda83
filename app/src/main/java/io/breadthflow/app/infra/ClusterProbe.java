package io.breadthflow.app.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.config.RedisUrl;
import io.breadthflow.app.json.Json;
import io.breadthflow.stream.kafka.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Short questions to the cluster's processes; an unreachable process is a "no", never an error. */
final class ClusterProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** Whether {@code url} gives any HTTP answer. */
  boolean httpAnswers(String url) {
    return get(url) != null;
  }

  /** The resource ids of the TaskManagers registered with the JobManager at {@code rest}. */
  List<String> taskManagers(String rest) {
    String body = get(rest + "/taskmanagers");
    List<String> ids = new ArrayList<>();
    if (body != null) {
      for (JsonNode manager : Json.read(body).path("taskmanagers")) {
        ids.add(manager.path("id").asText());
      }
    }
    return ids;
  }

  /** The ids of the brokers the cluster at {@code bootstrap} has now. */
  List<Integer> liveBrokers(String bootstrap) {
    try {
      return Topics.liveBrokers(bootstrap);
    } catch (Exception e) {
      return List.of();
    }
  }

  /** Whether the Redis at {@code url} answers PING (after AUTH when it has a password). */
  boolean redisAnswers(String url) {
    RedisUrl redis = RedisUrl.parse(url);
    if (redis.tls() == RedisUrl.Tls.TLS) {
      return true; // checked by the API servers' own client, which speaks TLS
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(redis.host(), redis.port()), (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      if (!redis.password().isEmpty()) {
        out.write(command("AUTH", redis.user(), redis.password()));
        out.flush();
        if (!"+OK".equals(in.readLine())) {
          return false;
        }
      }
      out.write(command("PING"));
      out.flush();
      return "+PONG".equals(in.readLine());
    } catch (IOException e) {
      return false;
    }
  }

  /** A command in Redis's protocol (arrays of bulk strings); empty parts are left out. */
  private static byte[] command(String... parts) {
    List<String> present = java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
    StringBuilder resp = new StringBuilder("*").append(present.size()).append("\r\n");
    for (String part : present) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      resp.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
    }
    return resp.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String get(String url) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return response.body();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
