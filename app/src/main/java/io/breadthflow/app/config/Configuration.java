package io.breadthflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.stream.FlinkAddress;
import io.breadthflow.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product's configuration, read once: an optional {@code breadthflow.yaml} (the file {@code
 * BF_CONFIG} names, else {@code ./breadthflow.yaml} when present), then the environment, then JVM
 * system properties of the same {@code BF_*} names, then command-line flags ({@link #with}); later
 * sources win. Values become validated records ({@link StoreConfig}, {@link ProviderSettings},
 * {@link ServerConfig}) with one-line errors. Immutable.
 *
 * <pre>
 * store:     {url: "jdbc:postgresql://127.0.0.1:5432/breadthflow", user: bf, password: …}
 * providers: {yahoo_base_url: …, alphavantage_base_url: …, alphavantage_api_key: …,
 *             finnhub_ws_url: …, finnhub_api_key: …}
 * kafka:     {bootstrap: "127.0.0.1:9092"}
 * redis:     {url: "redis://127.0.0.1:6379"}
 * server:    {jwt_secret: …, host: 0.0.0.0, port: 8083, rate_limit: 600,
 *             peers: "http://10.0.0.1:8083,http://10.0.0.2:8083"}
 * log:       {format: text}
 * notifications: {smtp_host: …, smtp_port: 587, smtp_user: …, smtp_password: …, smtp_from: …,
 *             smtp_tls: starttls, webhook_allow_private: false, max_attempts: 5}
 * </pre>
 */
public final class Configuration {
  /** The YAML keys and the {@code BF_*} names they stand for. */
  static final Map<String, String> FILE_KEYS =
      Map.ofEntries(
          Map.entry("store.url", "BF_STORE_URL"),
          Map.entry("store.user", "BF_STORE_USER"),
          Map.entry("store.password", "BF_STORE_PASSWORD"),
          Map.entry("providers.yahoo_base_url", "BF_YAHOO_BASE_URL"),
          Map.entry("providers.alphavantage_base_url", "BF_ALPHAVANTAGE_BASE_URL"),
          Map.entry("providers.alphavantage_api_key", "BF_ALPHAVANTAGE_API_KEY"),
          Map.entry("providers.finnhub_ws_url", "BF_FINNHUB_WS_URL"),
          Map.entry("providers.finnhub_api_key", "BF_FINNHUB_API_KEY"),
          Map.entry("kafka.bootstrap", "BF_KAFKA_BOOTSTRAP"),
          Map.entry("flink.rest", "BF_FLINK_REST"),
          Map.entry("log.format", "BF_LOG_FORMAT"),
          Map.entry("redis.url", "BF_REDIS_URL"),
          Map.entry("server.jwt_secret", "BF_JWT_SECRET"),
          Map.entry("server.host", "BF_SERVER_HOST"),
          Map.entry("server.port", "BF_SERVER_PORT"),
          Map.entry("server.rate_limit", "BF_SERVER_RATE_LIMIT"),
          Map.entry("server.peers", "BF_API_SERVERS"),
          Map.entry("notifications.smtp_host", "BF_SMTP_HOST"),
          Map.entry("notifications.smtp_port", "BF_SMTP_PORT"),
          Map.entry("notifications.smtp_user", "BF_SMTP_USER"),
          Map.entry("notifications.smtp_password", "BF_SMTP_PASSWORD"),
          Map.entry("notifications.smtp_from", "BF_SMTP_FROM"),
          Map.entry("notifications.smtp_tls", "BF_SMTP_TLS"),
          Map.entry("notifications.webhook_allow_private", "BF_WEBHOOK_ALLOW_PRIVATE"),
          Map.entry("notifications.max_attempts", "BF_NOTIFY_MAX_ATTEMPTS"));

  private static final String DEFAULT_FILE = "breadthflow.yaml";

  private final Map<String, String> values;

  private Configuration(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** From the file, this process's environment and its system properties. */
  public static Configuration load() {
    return load(System.getenv(), System.getProperties(), Path.of(""));
  }

  /**
   * From the file ({@code BF_CONFIG}, else {@code dir/breadthflow.yaml} when present), {@code env},
   * then the {@code BF_*} entries of {@code properties}.
   *
   * @throws UseCaseException when the file cannot be read or has an unknown key
   */
  public static Configuration load(Map<String, String> env, Properties properties, Path dir) {
    Map<String, String> values = new HashMap<>();
    String named = env.get("BF_CONFIG");
    Path file = named != null && !named.isBlank() ? Path.of(named) : dir.resolve(DEFAULT_FILE);
    if (named != null && !named.isBlank() && !Files.isRegularFile(file)) {
      throw UseCaseException.invalid("BF_CONFIG names no readable file: " + named);
    }
    if (Files.isRegularFile(file)) {
      values.putAll(readFile(file));
    }
    env.forEach(
        (key, value) -> {
          if (key.startsWith("BF_") && value != null && !value.isBlank()) {
            values.put(key, value.strip());
          }
        });
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("BF_")) {
        values.put(key, properties.getProperty(key).strip());
      }
    }
    return new Configuration(values);
  }

  /** Exactly these values (tests). */
  public static Configuration of(Map<String, String> values) {
    return new Configuration(values);
  }

  /** The same with {@code key} set to {@code value} (a flag); a null value changes nothing. */
  public Configuration with(String key, String value) {
    if (value == null) {
      return this;
    }
    Map<String, String> changed = new HashMap<>(values);
    changed.put(key, value);
    return new Configuration(changed);
  }

  /** A value by its {@code BF_*} name. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The store: {@code BF_STORE_URL} (default the embedded DuckDB file) and credentials. */
  public StoreConfig store() {
    try {
      return StoreConfig.fromEnvironment(values, null);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid("cannot open store: " + e.getMessage());
    }
  }

  /** The market-data providers. */
  public ProviderSettings providers() {
    ProviderSettings d = ProviderSettings.defaults();
    return new ProviderSettings(
        values.getOrDefault("BF_YAHOO_BASE_URL", d.yahooBaseUrl()),
        values.getOrDefault("BF_ALPHAVANTAGE_BASE_URL", d.alphaVantageBaseUrl()),
        values.get("BF_ALPHAVANTAGE_API_KEY"),
        values.getOrDefault("BF_FINNHUB_WS_URL", d.finnhubUrl()),
        values.get("BF_FINNHUB_API_KEY"));
  }

  /** Kafka bootstrap servers of Kafka mode; empty when it is off. */
  public Optional<String> kafkaBootstrap() {
    return value("BF_KAFKA_BOOTSTRAP");
  }

  /** The REST endpoint ({@code HOST:PORT}) of the Flink session cluster jobs go to, if any. */
  public Optional<String> flinkRest() {
    return value("BF_FLINK_REST");
  }

  /** The Redis API servers share ({@code BF_REDIS_URL}), checked; empty when none is set. */
  public Optional<RedisUrl> redis() {
    return value("BF_REDIS_URL").map(RedisUrl::parse);
  }

  /** The deployment's API servers ({@code BF_API_SERVERS}), checked; none when it is unset. */
  public PeerServers apiServers() {
    return value("BF_API_SERVERS").map(PeerServers::parse).orElse(PeerServers.NONE);
  }

  /**
   * What a server shares with the other servers of its deployment: Kafka, Redis, its peers and the
   * Flink cluster ({@code BF_FLINK_REST}, checked).
   */
  public ClusterLinks cluster() {
    return new ClusterLinks(
        kafkaBootstrap(), redis(), apiServers(), flinkRest().map(FlinkAddress::parse));
  }

  /** How notifications are delivered: SMTP ({@code BF_SMTP_*}), webhook targets, attempts. */
  public NotificationSettings notifications() {
    return NotificationSettings.from(values);
  }

  /** How log lines are written: {@code BF_LOG_FORMAT} ({@code text} or {@code json}), else text. */
  public LogFormat logFormat() {
    return value("BF_LOG_FORMAT").map(LogFormat::parse).orElse(LogFormat.TEXT);
  }

  /** Every {@code BF_*} name the configuration reads: those of the file's keys, and BF_CONFIG. */
  public static Set<String> keys() {
    Set<String> keys = new TreeSet<>(FILE_KEYS.values());
    keys.add("BF_CONFIG");
    return Collections.unmodifiableSet(keys);
  }

  /** The configured JWT secret, checked; empty when none is set. */
  public Optional<JwtSecret> jwtSecret() {
    return value("BF_JWT_SECRET").map(JwtSecret::of);
  }

  /** A whole-number setting, or {@code fallback}. */
  public int number(String key, int fallback) {
    String text = values.get(key);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw UseCaseException.invalid(key + " must be a whole number, got '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return "Configuration" + values.keySet();
  }

  private static Map<String, String> readFile(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      throw UseCaseException.invalid("cannot read the configuration file " + file.getFileName());
    }
    Map<String, String> values = new HashMap<>();
    if (root == null || root.isNull()) {
      return values;
    }
    if (!root.isObject()) {
      throw UseCaseException.invalid(file.getFileName() + " must hold sections of settings");
    }
    for (Iterator<String> sections = root.fieldNames(); sections.hasNext(); ) {
      String section = sections.next();
      JsonNode entries = root.get(section);
      if (!entries.isObject()) {
        throw UseCaseException.invalid(
            file.getFileName() + ": '" + section + "' must hold settings, one per line");
      }
      for (Iterator<String> names = entries.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String key = FILE_KEYS.get(section + "." + name);
        if (key == null) {
          throw UseCaseException.invalid(
              file.getFileName()
                  + ": unknown setting '"
                  + section
                  + "."
                  + name
                  + "' (known: "
                  + List.copyOf(new java.util.TreeSet<>(FILE_KEYS.keySet()))
                  + ")");
        }
        JsonNode value = entries.get(name);
        if (!value.isValueNode()) {
          throw UseCaseException.invalid(
              file.getFileName() + ": '" + section + "." + name + "' must be a single value");
        }
        values.put(key, value.asText());
      }
    }
    return values;
  }
}
