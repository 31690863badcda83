package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.notify.channel.WebhookSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LocalWebhookReceiverTest {
  private static int post(String url, String key, String body, String signature) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header(WebhookSender.IDEMPOTENCY_KEY, key)
                .header(WebhookSender.SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void keepsEachKeyOnceAndRefusesBadSignatures() throws Exception {
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.start(0)) {
      receiver.verifyWith("s3cret");
      String good = "sha256=" + WebhookSender.sign("{}", "s3cret");

      assertThat(post(receiver.url(), "k1", "{}", good)).isEqualTo(204);
      assertThat(post(receiver.url(), "k1", "{}", good)).isEqualTo(204);
      assertThat(post(receiver.url(), "k2", "{}", "sha256=00")).isEqualTo(401);

      assertThat(receiver.received())
          .containsExactly(new LocalWebhookReceiver.Received("k1", "{}"));
      assertThat(receiver.requests()).isEqualTo(3);
      assertThat(receiver.refused()).isEqualTo(1);
    }
  }
}
