package io.breadthflow.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Accounts for tests that need a token: registered and logged in over real HTTP. */
final class TestUsers {
  static final String PASSWORD = "longenough";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestUsers() {}

  /** Registers {@code username} (role user) on the server at {@code port}; its access token. */
  static String accessToken(int port, String username) throws Exception {
    String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
    post(port, "/api/users/register", credentials);
    return JSON.readTree(post(port, "/api/users/login", credentials)).get("access_token").asText();
  }

  /** Logs {@code username} in on the server at {@code port}; its access token. */
  static String login(int port, String username, String password) throws Exception {
    String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    return JSON.readTree(post(port, "/api/users/login", credentials)).get("access_token").asText();
  }

  /** The JSON answer of {@code GET path}, with {@code token} when not null. */
  static com.fasterxml.jackson.databind.JsonNode get(int port, String path, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return JSON.readTree(
        HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private static String post(int port, String path, String body) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }
}
