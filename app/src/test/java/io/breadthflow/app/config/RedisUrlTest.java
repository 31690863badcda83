package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisUrlTest {
  @Test
  void aUrlNamesHostPortDatabaseAndCredentialsWithDefaults() {
    RedisUrl plain = RedisUrl.parse("redis://127.0.0.1");
    RedisUrl full = RedisUrl.parse("rediss://bf:s3cret@cache.internal:6380/2");

    assertThat(plain).isEqualTo(new RedisUrl(RedisUrl.Tls.PLAIN, "127.0.0.1", 6379, 0, "", ""));
    assertThat(full)
        .isEqualTo(new RedisUrl(RedisUrl.Tls.TLS, "cache.internal", 6380, 2, "bf", "s3cret"));
    assertThat(RedisUrl.parse("redis://:pw@h:1").password()).isEqualTo("pw");
  }

  @Test
  void printingAUrlNeverShowsItsPassword() {
    assertThat(RedisUrl.parse("rediss://bf:s3cret@cache.internal:6380/2").toString())
        .isEqualTo("rediss://bf:***@cache.internal:6380/2")
        .doesNotContain("s3cret");
  }

  @Test
  void anythingButARedisUrlIsAOneLineErrorNamingTheForm() {
    for (String bad :
        new String[] {
          "127.0.0.1:6379", "http://h:6379", "redis://", "redis://h/x", "redis://h/16"
        }) {
      assertThatThrownBy(() -> RedisUrl.parse(bad))
          .as(bad)
          .isInstanceOf(UseCaseException.class)
          .hasMessageStartingWith("BF_REDIS_URL");
    }
  }

  @Test
  void theConfigurationLinksAServerToKafkaAndRedisOnlyWhenTheyAreSet() {
    ClusterLinks none = Configuration.of(Map.of()).cluster();
    ClusterLinks both =
        Configuration.of(
                Map.of(
                    "BF_KAFKA_BOOTSTRAP", "127.0.0.1:9092",
                    "BF_REDIS_URL", "redis://127.0.0.1:6379"))
            .cluster();

    assertThat(none).isEqualTo(ClusterLinks.NONE);
    assertThat(both.kafkaBootstrap()).contains("127.0.0.1:9092");
    assertThat(both.redis()).isEqualTo(Optional.of(RedisUrl.parse("redis://127.0.0.1:6379")));
  }
}
