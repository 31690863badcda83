package io.breadthflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.sink.LocalSink;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import io.breadthflow.stream.trade.RejectedTrade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** Trades into bars: out-of-order, late, duplicate and invalid trades. */
class TradeBarsTest {
  private static final Instant OPEN = Instant.parse("2024-03-01T14:30:00Z");

  @Test
  void outOfOrderTradesLandInTheirBarLateOnesAreRevisionsOrRejectedWithReasons() throws Exception {
    List<Trade> trades =
        List.of(
            trade("AAPL", 5_000, 10.0, 100),
            trade("AAPL", 30_000, 11.0, 100),
            trade("AAPL", 10_000, 9.0, 50), // out of order, within the 2 s bound: same bar
            trade("MSFT", 20_000, 400.0, 10),
            trade("AAPL", 65_000, 12.0, 100), // watermark 63 s: the 14:30 bars are final
            trade("AAPL", 50_000, 13.0, 10), // within the 10 s lateness: a revision
            trade("AAPL", 65_000, 12.0, 100), // exact repeat: duplicate
            trade("AAPL", 80_000, 12.5, 100), // watermark 78 s: 14:30 bars are past lateness
            trade("AAPL", 55_000, 14.0, 10), // late
            trade("AAPL", 81_000, -1.0, 10), // invalid price
            trade("TSLA", 82_000, 200.0, 10), // not in the universe
            trade("MSFT", 90_000, 401.0, 5));

    Result result = run(trades);

    Map<String, List<Bar>> bars =
        of(result.bars, Interval.ONE_MINUTE).stream()
            .collect(Collectors.groupingBy(b -> b.symbol() + " " + b.start()));
    assertThat(bars.get("AAPL " + OPEN))
        .containsExactly(
            new Bar("AAPL", Interval.ONE_MINUTE, OPEN, 10, 11, 9, 11, 250, 2550.0 / 250, 3));
    assertThat(of(result.revisions, Interval.ONE_MINUTE))
        .containsExactly(
            new Bar("AAPL", Interval.ONE_MINUTE, OPEN, 10, 13, 9, 13, 260, 2680.0 / 260, 4));
    assertThat(bars.get("AAPL " + OPEN.plusSeconds(60)))
        .containsExactly(
            new Bar(
                "AAPL",
                Interval.ONE_MINUTE,
                OPEN.plusSeconds(60),
                12,
                12.5,
                12,
                12.5,
                200,
                12.25,
                2));
    assertThat(bars.get("MSFT " + OPEN)).hasSize(1);
    assertThat(bars.get("MSFT " + OPEN.plusSeconds(60))).hasSize(1);
    assertThat(result.rejected)
        .extracting(
            r -> r.trade().time().toEpochMilli() - OPEN.toEpochMilli(), RejectedTrade::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(65_000L, RejectedTrade.DUPLICATE),
            org.assertj.core.groups.Tuple.tuple(55_000L, RejectedTrade.LATE),
            org.assertj.core.groups.Tuple.tuple(81_000L, "price not positive and finite"),
            org.assertj.core.groups.Tuple.tuple(82_000L, "symbol not in the universe"));
  }

  @Test
  void fiveMinuteAndHourBarsAddUpTheMinuteBars() throws Exception {
    List<Trade> trades = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) {
      trades.add(trade("AAPL", i * 7_000L, 100 + Math.sin(i / 9.0) * 3, 10 + i % 7));
    }

    Result result = run(trades);

    List<Bar> minutes = of(result.bars, Interval.ONE_MINUTE);
    List<Bar> fives = of(result.bars, Interval.FIVE_MINUTES);
    List<Bar> hours = of(result.bars, Interval.ONE_HOUR);
    assertThat(minutes).hasSize(70);
    assertThat(fives).hasSize(14);
    assertThat(hours).hasSize(2);
    for (Bar five : fives) {
      List<Bar> inside =
          minutes.stream()
              .filter(m -> !m.start().isBefore(five.start()))
              .filter(m -> m.start().isBefore(five.start().plus(Duration.ofMinutes(5))))
              .toList();
      assertThat(five.open()).isEqualTo(inside.get(0).open());
      assertThat(five.close()).isEqualTo(inside.get(inside.size() - 1).close());
      assertThat(five.high()).isEqualTo(inside.stream().mapToDouble(Bar::high).max().orElseThrow());
      assertThat(five.low()).isEqualTo(inside.stream().mapToDouble(Bar::low).min().orElseThrow());
      assertThat(five.volume()).isEqualTo(inside.stream().mapToDouble(Bar::volume).sum());
      assertThat(five.tradeCount()).isEqualTo(inside.stream().mapToLong(Bar::tradeCount).sum());
    }
    assertThat(hours.stream().mapToLong(Bar::tradeCount).sum()).isEqualTo(600);
  }

  private static List<Bar> of(List<Bar> bars, Interval interval) {
    return bars.stream()
        .filter(b -> b.interval() == interval)
        .sorted(java.util.Comparator.comparing(Bar::start))
        .toList();
  }

  private record Result(List<Bar> bars, List<Bar> revisions, List<RejectedTrade> rejected) {}

  private static Result run(List<Trade> trades) throws Exception {
    Configuration config = new Configuration();
    config.setString("parallelism.default", "2");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    List<Trade> replay = List.copyOf(trades);
    PipelineSpec spec =
        new PipelineSpec(
            List.of("AAPL", "MSFT"),
            List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES, Interval.ONE_HOUR),
            Duration.ofSeconds(2),
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Deduplication.EXACT_REPEATS,
            SignalWeights.defaults(),
            AlertRules.defaults(),
            null,
            "none",
            ForecastSchedule.NONE,
            RuleSource.NONE);
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromTrades(
            env.fromSource(
                    ReplaySource.trades(() -> replay, replay.size(), Pacing.AS_FAST_AS_POSSIBLE),
                    EventTime.trades(spec.outOfOrderness(), spec.idleness()),
                    "trades")
                .setParallelism(1),
            spec);
    LocalSink<Bar> bars = new LocalSink<>();
    LocalSink<Bar> revisions = new LocalSink<>();
    LocalSink<RejectedTrade> rejected = new LocalSink<>();
    outputs.bars().sinkTo(bars);
    outputs.revisions().sinkTo(revisions);
    outputs.rejected().sinkTo(rejected);
    env.execute("trade bars");
    return new Result(bars.gathered(), revisions.gathered(), rejected.gathered());
  }

  private static Trade trade(String symbol, long millis, double price, double size) {
    return new Trade(symbol, OPEN.plusMillis(millis), price, size, "Q", "");
  }
}
