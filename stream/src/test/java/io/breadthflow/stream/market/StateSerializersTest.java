package io.breadthflow.stream.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalWeights;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * The explicit serializers of the indicator and market state: a copy made through the serialized
 * form goes on exactly as the original, value for value (no field of a core machine is lost).
 */
class StateSerializersTest {
  private static final List<String> UNIVERSE = List.of("AAPL", "AMZN", "MSFT", "NVDA");

  private static Bar bar(int day, Random random, double[] price) {
    price[0] *= 1 + (random.nextDouble() - 0.5) * 0.04;
    double close = price[0];
    return Bar.daily(
        "AAPL",
        LocalDate.of(2023, 1, 2).plusDays(day),
        close * 0.995,
        close * 1.01,
        close * 0.99,
        close,
        1e6 + random.nextInt(500_000));
  }

  private static String render(IndicatorRow row) {
    return row.bar()
        + " "
        + row.barIndex()
        + " "
        + java.util.Arrays.toString(row.values())
        + " "
        + row.previousClose()
        + " "
        + row.sma50()
        + " "
        + row.sma200()
        + " "
        + row.goldenCross()
        + " "
        + row.volumeMean()
        + " "
        + row.volumeStd();
  }

  @Test
  void indicatorStateRestoredFromItsBytesContinuesValueForValue() {
    Random random = new Random(7);
    double[] price = {100};
    SymbolIndicators original = new SymbolIndicators();
    for (int day = 0; day < 250; day++) {
      original.update(bar(day, random, price));
    }

    SymbolIndicators copy = SymbolIndicatorsSerializer.INSTANCE.copy(original);

    List<String> fromOriginal = new ArrayList<>();
    List<String> fromCopy = new ArrayList<>();
    for (int day = 250; day < 400; day++) {
      Bar next = bar(day, random, price);
      fromOriginal.add(render(original.update(next)));
      fromCopy.add(render(copy.update(next)));
    }
    assertThat(fromCopy).isEqualTo(fromOriginal);
  }

  @Test
  void marketStateRestoredFromItsBytesContinuesValueForValue() {
    Random random = new Random(11);
    MarketStateSerializer serializer =
        new MarketStateSerializer(UNIVERSE, SignalWeights.defaults());
    MarketState original = new MarketState(UNIVERSE, SignalWeights.defaults());
    double[] price = {100, 200, 300, 400};
    LocalDate day = LocalDate.of(2023, 1, 2);
    for (int d = 0; d < 260; d++) {
      step(original, day.plusDays(d), random, price);
    }
    original.lastFinalStart = 1_234;
    original.output = true;
    original.period(5_000, UNIVERSE.size())[0][2] = 42;

    MarketState copy = serializer.copy(original);

    assertThat(copy.lastFinalStart).isEqualTo(1_234);
    assertThat(copy.output).isTrue();
    assertThat(copy.pending.keySet()).containsExactly(5_000L);
    assertThat(copy.pending.get(5_000L)[0][2]).isEqualTo(42);
    original.breadth.startOutput();
    copy.breadth.startOutput();
    for (int d = 260; d < 330; d++) {
      double[] close = new double[UNIVERSE.size()];
      double[] volume = new double[UNIVERSE.size()];
      fill(random, price, close, volume);
      BreadthRow a = original.breadth.update(day.plusDays(d), close, volume);
      BreadthRow b = copy.breadth.update(day.plusDays(d), close, volume);
      List<Signal> sa = original.signals.update(day.plusDays(d), close, volume);
      List<Signal> sb = copy.signals.update(day.plusDays(d), close, volume);
      assertThat(b).isEqualTo(a);
      assertThat(sb).isEqualTo(sa);
    }
  }

  @Test
  void aMarketStateOfAnotherUniverseIsRefused() throws IOException {
    MarketState state = new MarketState(UNIVERSE, SignalWeights.defaults());
    DataOutputSerializer out = new DataOutputSerializer(1024);
    new MarketStateSerializer(UNIVERSE, SignalWeights.defaults()).serialize(state, out);
    MarketStateSerializer other =
        new MarketStateSerializer(List.of("AAPL", "MSFT"), SignalWeights.defaults());

    assertThatThrownBy(
            () ->
                other.deserialize(
                    new DataInputDeserializer(out.getSharedBuffer(), 0, out.length())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("4 symbols");
  }

  @Test
  void aStateInAFormatNewerThanTheSerializerIsRefused() {
    DataInputDeserializer newer = new DataInputDeserializer(new byte[] {2, 0, 0});

    assertThatThrownBy(() -> SymbolIndicatorsSerializer.INSTANCE.deserialize(newer))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format 2");
  }

  private static void step(MarketState market, LocalDate date, Random random, double[] price) {
    double[] close = new double[UNIVERSE.size()];
    double[] volume = new double[UNIVERSE.size()];
    fill(random, price, close, volume);
    market.breadth.update(date, close, volume);
    market.signals.update(date, close, volume);
  }

  private static void fill(Random random, double[] price, double[] close, double[] volume) {
    for (int s = 0; s < price.length; s++) {
      price[s] *= 1 + (random.nextDouble() - 0.5) * 0.04;
      close[s] = price[s];
      volume[s] = 1e6 + random.nextInt(500_000);
    }
  }
}
