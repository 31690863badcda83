package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
  @TempDir Path dir;

  @Test
  void laterSourcesWinFileThenEnvironmentThenPropertiesThenFlags() throws Exception {
    Files.writeString(
        dir.resolve("breadthflow.yaml"),
        "store:\n  url: jdbc:duckdb:/from/file.duckdb\n"
            + "providers:\n  yahoo_base_url: http://127.0.0.1:1/yahoo\n"
            + "kafka:\n  bootstrap: file:9092\n");
    Properties properties = new Properties();
    properties.setProperty("BF_KAFKA_BOOTSTRAP", "property:9092");

    Configuration configuration =
        Configuration.load(
            Map.of("BF_YAHOO_BASE_URL", "http://127.0.0.1:2/yahoo"), properties, dir);

    assertThat(configuration.store().url()).isEqualTo("jdbc:duckdb:/from/file.duckdb");
    assertThat(configuration.providers().yahooBaseUrl()).isEqualTo("http://127.0.0.1:2/yahoo");
    assertThat(configuration.kafkaBootstrap()).contains("property:9092");
    assertThat(configuration.with("BF_KAFKA_BOOTSTRAP", "flag:9092").kafkaBootstrap())
        .contains("flag:9092");
    assertThat(configuration.with("BF_KAFKA_BOOTSTRAP", null).kafkaBootstrap())
        .contains("property:9092");
  }

  @Test
  void anUnknownSettingInTheFileIsAOneLineErrorNamingIt() throws Exception {
    Files.writeString(dir.resolve("breadthflow.yaml"), "store:\n  uri: jdbc:duckdb:x\n");

    assertThatThrownBy(() -> Configuration.load(Map.of(), new Properties(), dir))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("breadthflow.yaml: unknown setting 'store.uri'");
  }

  @Test
  void aConfigFileThatBfConfigNamesMustExist() {
    assertThatThrownBy(
            () ->
                Configuration.load(
                    Map.of("BF_CONFIG", dir.resolve("none.yaml").toString()),
                    new Properties(),
                    dir))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("BF_CONFIG names no readable file");
  }

  @Test
  void providerUrlsAndStoreUrlsAreCheckedWhereTheirRecordsAreBuilt() {
    assertThatThrownBy(
            () -> Configuration.of(Map.of("BF_YAHOO_BASE_URL", "file:///etc/passwd")).providers())
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("must be an absolute http(s) URL");
    assertThatThrownBy(() -> Configuration.of(Map.of("BF_STORE_URL", "jdbc:mysql://x/y")).store())
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("cannot open store:");
    assertThat(Configuration.of(Map.of()).store().url())
        .isEqualTo(io.breadthflow.store.StoreConfig.DEFAULT_URL);
  }

  @Test
  void serverSettingsAreCheckedWhereTheRecordIsBuilt() {
    JwtSecret secret = JwtSecret.generated();
    assertThatThrownBy(() -> ServerConfig.on(70_000, secret))
        .hasMessage("the port must be between 0 and 65535, got 70000");
    assertThatThrownBy(() -> ServerConfig.on(0, secret).withRateLimit(0))
        .hasMessageStartingWith("the rate limit must be 1 to 1000000");
    assertThatThrownBy(() -> ServerConfig.on(0, secret).withBcryptCost(31))
        .hasMessage("the BCrypt cost must be 4 to 16, got 31");
    assertThatThrownBy(
            () -> ServerConfig.on(0, secret).withAccess(List.of("evil.example"), ReadAccess.PUBLIC))
        .hasMessageStartingWith("a CORS origin is scheme://host[:port]");
    assertThat(ServerConfig.on(8083, secret).bcryptCost()).isEqualTo(ServerConfig.BCRYPT_COST);
  }
}
