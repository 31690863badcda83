package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {
  @Test
  void bfLogFormatChoosesTheFormatAndTextIsTheDefault() {
    assertThat(Configuration.of(Map.of("BF_LOG_FORMAT", "json")).logFormat())
        .isEqualTo(LogFormat.JSON);
    assertThat(Configuration.of(Map.of("BF_LOG_FORMAT", "TEXT")).logFormat())
        .isEqualTo(LogFormat.TEXT);
    assertThat(Configuration.of(Map.of()).logFormat()).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> Configuration.of(Map.of("BF_LOG_FORMAT", "xml")).logFormat())
        .isInstanceOf(UseCaseException.class)
        .hasMessage("the log format must be one of [text, json], got 'xml'");
  }

  @Test
  void theKnownKeysIncludeTheFileKeysNamesAndBfConfig() {
    assertThat(Configuration.keys())
        .contains("BF_LOG_FORMAT", "BF_STORE_URL", "BF_KAFKA_BOOTSTRAP", "BF_CONFIG")
        .allMatch(key -> key.startsWith("BF_"));
  }
}
