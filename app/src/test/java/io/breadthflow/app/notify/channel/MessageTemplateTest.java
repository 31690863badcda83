package io.breadthflow.app.notify.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
  private static final Instant NOW = Instant.parse("2026-03-02T15:04:05Z");
  private static final RuleFiring BREADTH =
      new RuleFiring(
          4,
          7,
          "Breadth \"thrust\"",
          "",
          Interval.ONE_DAY,
          Instant.parse("2026-03-02T00:00:00Z"),
          Double.NaN,
          0.615,
          "sp100 breadth thrust\nfired",
          Set.of(DeliveryChannel.WEBHOOK));

  @Test
  void theDefaultTemplateIsJsonEvenWithQuotesNewlinesAndNoClose() throws Exception {
    String body = MessageTemplate.DEFAULT.render(BREADTH, BREADTH.message(), BREADTH.key(), NOW);

    JsonNode json = Json.MAPPER.readTree(body);
    assertThat(json.get("ticker").asText()).isEmpty();
    assertThat(json.get("close").isNull()).isTrue();
    assertThat(json.get("value").asDouble()).isEqualTo(0.615);
    assertThat(json.get("rule").asText()).isEqualTo("Breadth \"thrust\"");
    assertThat(json.get("message").asText()).isEqualTo("sp100 breadth thrust\nfired");
    assertThat(json.get("interval").asText()).isEqualTo("1d");
    assertThat(json.get("key").asText()).isEqualTo("4/*/1d/1772409600000");
  }

  @Test
  void aTradingViewStyleTemplateGetsEveryPlaceholder() {
    MessageTemplate template =
        MessageTemplate.parse(
            "{{ticker}} {{close}} {{interval}} {{time}} {{timenow}} {{rule}} {{rule_id}}"
                + " {{ value }} {{key}}");

    String text =
        template.render(
            new RuleFiring(
                11, 7, "RSI", "AAPL", Interval.ONE_MINUTE, NOW, 181.5, 28.4, "m", Set.of()),
            "m",
            "k",
            NOW);

    assertThat(text)
        .isEqualTo("AAPL 181.5 1m 2026-03-02T15:04:05Z 2026-03-02T15:04:05Z RSI 11 28.4 k");
  }

  @Test
  void unknownPlaceholdersEmptyAndOverlongTemplatesAreRefused() {
    assertThatThrownBy(() -> MessageTemplate.parse("{{ticker}} {{strategy_order}}"))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("[strategy_order]");
    assertThatThrownBy(() -> MessageTemplate.parse(" ")).isInstanceOf(UseCaseException.class);
    assertThatThrownBy(() -> MessageTemplate.parse("x".repeat(4001)))
        .isInstanceOf(UseCaseException.class);
  }
}
