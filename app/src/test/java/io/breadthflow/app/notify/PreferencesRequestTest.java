package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.notify.DeliveryChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreferencesRequestTest {
  private static PreferencesRequest parse(String json) throws Exception {
    return PreferencesRequest.fromJson(Json.MAPPER.readTree(json));
  }

  @Test
  void anEmptyObjectEnablesEveryChannelWithNothingElse() throws Exception {
    PreferencesRequest request = parse("{}");

    assertThat(request.enabled()).containsExactlyInAnyOrder(DeliveryChannel.values());
    assertThat(request.webhookUrl()).isEmpty();
    assertThat(request.quietHours()).isEmpty();
    assertThat(request.maxPerHour()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{\"channels\":{\"sms\":true}}",
        "{\"channels\":{\"email\":\"no\"}}",
        "{\"webhook_url\":\"ftp://example.com/x\"}",
        "{\"webhook_url\":\"not a url\"}",
        "{\"webhook_url\":42}",
        "{\"webhook_template\":\"{{nope}}\"}",
        "{\"email\":\"not-an-address\"}",
        "{\"quiet_hours\":{\"from\":\"22:00\"}}",
        "{\"quiet_hours\":{\"from\":\"25:00\",\"to\":\"07:00\"}}",
        "{\"quiet_hours\":{\"from\":\"07:00\",\"to\":\"07:00\"}}",
        "{\"max_per_hour\":-1}",
        "{\"max_per_hour\":1001}",
        "{\"max_per_hour\":2.5}"
      })
  void malformedOrOutOfRangeFieldsAreInvalidRequests(String json) {
    assertThatThrownBy(() -> parse(json)).isInstanceOf(UseCaseException.class);
  }
}
