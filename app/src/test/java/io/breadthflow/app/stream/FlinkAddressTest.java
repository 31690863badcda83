package io.breadthflow.app.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlinkAddressTest {
  @Test
  void hostAndPortAreRead() {
    assertThat(FlinkAddress.parse("127.0.0.1:18088"))
        .isEqualTo(new FlinkAddress("127.0.0.1", 18088));
    assertThat(FlinkAddress.parse("flink-jobmanager:8081").toString())
        .isEqualTo("flink-jobmanager:8081");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "18088",
        ":18088",
        "host:",
        "host:0",
        "host:65536",
        "host:99999999",
        "ho st:1",
        "host:12a"
      })
  void anythingElseIsAOneLineUsageError(String text) {
    assertThatThrownBy(() -> FlinkAddress.parse(text))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("--flink");
  }
}
