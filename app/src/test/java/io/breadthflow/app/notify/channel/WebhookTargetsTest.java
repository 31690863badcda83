package io.breadthflow.app.notify.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {
  /** Resolves literals as the JDK does and two made-up names, without DNS. */
  private static InetAddress[] resolve(String host) throws UnknownHostException {
    return switch (host) {
      case "hooks.example.com" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
      case "sneaky.example.com" ->
          new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")
          };
      case "nowhere.example.com" -> throw new UnknownHostException(host);
      default -> InetAddress.getAllByName(host);
    };
  }

  private final WebhookTargets refused =
      new WebhookTargets(PrivateTargets.REFUSED, WebhookTargetsTest::resolve);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.20/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://[::1]/hook",
        "http://[fc00::1]/hook",
        "http://[fd12:3456::1]/hook",
        "http://[fe80::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://224.0.0.1/hook",
        "https://sneaky.example.com/hook"
      })
  void privateLoopbackAndLinkLocalTargetsAreRefused(String url) {
    assertThat(refused.refusal(url))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("private, loopback or link-local"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://hooks.example.com/x", "file:///etc/passwd", "gopher://x/", "hooks"})
  void onlyHttpAndHttpsAreCalled(String url) {
    assertThat(refused.refusal(url)).isPresent();
  }

  @Test
  void aPublicHostIsCalled() {
    assertThat(refused.refusal("https://hooks.example.com/tv?x=1")).isEmpty();
    assertThat(refused.refusal("http://93.184.216.34/hook")).isEmpty();
  }

  @Test
  void anUnresolvableHostOrOneWithCredentialsIsRefused() {
    assertThat(refused.refusal("https://nowhere.example.com/hook"))
        .contains("the webhook host does not resolve");
    assertThat(refused.refusal("https://user:pw@hooks.example.com/hook")).isPresent();
  }

  @Test
  void theOperatorMayAllowPrivateTargetsButNeverOtherSchemes() {
    WebhookTargets allowed =
        new WebhookTargets(PrivateTargets.ALLOWED, WebhookTargetsTest::resolve);

    assertThat(allowed.refusal("http://127.0.0.1:8080/hook")).isEmpty();
    assertThat(allowed.refusal("ftp://127.0.0.1/hook")).isPresent();
  }
}
