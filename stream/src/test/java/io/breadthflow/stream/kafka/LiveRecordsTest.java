package io.breadthflow.stream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalComponent;
import io.breadthflow.stream.forecast.ForecastUpdate;
import io.breadthflow.stream.market.TimedSignal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The output topics' values, written by {@link JsonValues} as the job's Kafka sinks write them,
 * read back as the live events of the embedded job's live sinks.
 */
class LiveRecordsTest {
  private static final Instant START = Instant.parse("2026-03-02T14:31:00Z");
  private final LiveRecords records = new LiveRecords();

  @Test
  void aBarOfTheBarsTopicIsTheSameBarOnTheBarsChannelEvenWithoutVwap() throws Exception {
    Bar bar =
        new Bar("AAPL", Interval.ONE_MINUTE, START, 190.5, 191, 190.25, 190.75, 1200, 190.6, 12);
    Bar daily = Bar.daily("MSFT", LocalDate.of(2026, 3, 2), 410, 412, 409, 411.5, 9_000);

    assertThat(decode(Topics.BARS, bar)).isEqualTo(new LiveEvent("bars", "AAPL", bar));
    assertThat(decode(Topics.BARS, daily)).isEqualTo(new LiveEvent("bars", "MSFT", daily));
  }

  @Test
  void aTimedSignalKeepsItsPeriodActionAndReasons() throws Exception {
    TimedSignal signal =
        new TimedSignal(
            "5m",
            START,
            new Signal(
                "NVDA",
                LocalDate.of(2026, 3, 2),
                "composite",
                0.62,
                SignalAction.BUY,
                0.71,
                List.of(new SignalComponent("rsi", 0.4, 0.25, "RSI 38 rising"))));

    assertThat(decode(Topics.SIGNALS, signal)).isEqualTo(new LiveEvent("signals", "NVDA", signal));
  }

  @Test
  void anAlertWithoutASymbolStaysMarketWide() throws Exception {
    Alert symbol =
        new Alert("AAPL", "1m", START, "rsi_overbought", "warning", "RSI 74.2 above 70", 74.2);
    Alert market =
        new Alert("", "1d", START, "breadth_thrust", "critical", "Zweig thrust", Double.NaN);

    assertThat(decode(Topics.ALERTS, symbol)).isEqualTo(new LiveEvent("alerts", "AAPL", symbol));
    assertThat(decode(Topics.ALERTS, market)).isEqualTo(new LiveEvent("alerts", "", market));
  }

  @Test
  void aBreadthEventBecomesTheBreadthChannelsIntervalStartAndRow() throws Exception {
    BreadthRow row =
        new BreadthRow(
            LocalDate.of(2026, 3, 2),
            60,
            35,
            5,
            25,
            25,
            60 / 35.0,
            1.5e6,
            0.9e6,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            55.0,
            Double.NaN,
            3,
            1,
            0.58,
            false);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "breadth");
    event.put("interval", Interval.FIVE_MINUTES.code());
    event.put("start", START);
    event.put("breadth", row);
    Map<String, Object> live = new LinkedHashMap<>();
    live.put("interval", "5m");
    live.put("start", START);
    live.put("breadth", row);

    assertThat(decode(Topics.EVENTS, event)).isEqualTo(new LiveEvent("breadth", "", live));
  }

  @Test
  void aForecastEventBecomesTheForecastOnTheForecastsChannel() throws Exception {
    ForecastUpdate forecast =
        new ForecastUpdate(
            "AAPL",
            Interval.ONE_MINUTE,
            START,
            190.75,
            "ARIMA(0,1,1) with drift",
            List.of(
                new ForecastPoint(1, 190.8, 190.1, 191.5, 189.7, 191.9),
                new ForecastPoint(2, 190.85, 189.9, 191.8, 189.4, 192.3)));
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "forecast");
    event.put("forecast", forecast);

    assertThat(decode(Topics.EVENTS, event))
        .isEqualTo(new LiveEvent("forecasts", "AAPL", forecast));
  }

  @Test
  void rejectedTradesAndOtherTopicsHaveNoLiveChannel() throws Exception {
    byte[] rejected =
        "{\"type\":\"trade_rejected\",\"reason\":\"price above bound\",\"trade\":{}}"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(records.decode(Topics.EVENTS, rejected)).isEmpty();
    assertThat(records.decode(Topics.MARKET_DATA, new byte[] {1, 2, 3})).isEmpty();
  }

  @Test
  void aValueThatIsNotWhatTheJobWritesIsAnError() {
    byte[] garbage = "{\"symbol\": [".getBytes(StandardCharsets.UTF_8);
    byte[] noStart = "{\"type\":\"breadth\",\"interval\":\"1m\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> records.decode(Topics.BARS, garbage)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> records.decode(Topics.EVENTS, noStart))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("start");
  }

  private <T> LiveEvent decode(String topic, T value) throws IOException {
    return records.decode(topic, new JsonValues<T>().serialize(value)).orElseThrow();
  }
}
