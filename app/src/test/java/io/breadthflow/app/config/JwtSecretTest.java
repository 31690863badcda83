package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import org.junit.jupiter.api.Test;

class JwtSecretTest {
  @Test
  void aConfiguredSecretNeedsThirtyTwoBytes() {
    assertThatThrownBy(() -> JwtSecret.of("short"))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("BF_JWT_SECRET must be at least 32 bytes (it has 5)");
    assertThat(JwtSecret.of("x".repeat(32)).bytes()).hasSize(32);
    assertThat(JwtSecret.of("x".repeat(32)).origin()).isEqualTo(JwtSecret.Origin.CONFIGURED);
  }

  @Test
  void aGeneratedSecretIsLongAndNewEachTime() {
    JwtSecret first = JwtSecret.generated();

    assertThat(first.bytes()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(first.bytes()).isNotEqualTo(JwtSecret.generated().bytes());
    assertThat(first.origin()).isEqualTo(JwtSecret.Origin.GENERATED);
    assertThat(first.toString()).doesNotContain(new String(first.bytes()));
  }
}
