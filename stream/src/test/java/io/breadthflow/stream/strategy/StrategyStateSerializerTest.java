package io.breadthflow.stream.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.strategy.StrategyProgram;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * A checkpointed strategy state restored from its bytes goes on deciding exactly as the original,
 * and a snapshot of another strategy is incompatible.
 */
class StrategyStateSerializerTest {

  @Test
  void stateRestoredFromItsBytesDecidesAsTheOriginalOnEveryLaterSession() throws Exception {
    List<Instrument> members = Universes.sp100().members().subList(0, 25);
    Map<String, String> sectorOf = new LinkedHashMap<>();
    members.forEach(m -> sectorOf.put(m.symbol(), m.sector()));
    Map<String, List<Bar>> bySymbol =
        new MarketSimulator(5)
            .dailyBars(members, LocalDate.of(2020, 1, 2), LocalDate.of(2021, 3, 31));
    DailyPanel panel = StrategyParityTest.panelOf(bySymbol);
    StrategySource source = new StrategySource(StrategyParityTest.PROGRAM, sectorOf);
    StrategyStateSerializer serializer = new StrategyStateSerializer(source, panel.symbols());
    StrategyState original = new StrategyState(source, panel.symbols());
    int half = panel.sessions().length / 2;
    for (int t = 0; t < half; t++) {
      original.evaluator.onSession(closes(panel, t), original.decided);
    }
    original.lastFinalStart = 42;
    original.announced[3] = 1;
    System.arraycopy(closes(panel, half), 0, original.period(99, panel.symbols().size()), 0, 25);

    DataOutputSerializer out = new DataOutputSerializer(1 << 16);
    serializer.serialize(original, out);
    StrategyState copy =
        serializer.deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));

    assertThat(copy.lastFinalStart).isEqualTo(42);
    assertThat(copy.announced).containsExactly(original.announced);
    assertThat(copy.decided).containsExactly(original.decided);
    assertThat(copy.pending.get(99L)).containsExactly(original.pending.get(99L));
    int changes = 0;
    for (int t = half; t < panel.sessions().length; t++) {
      int[] before = original.decided.clone();
      original.evaluator.onSession(closes(panel, t), original.decided);
      copy.evaluator.onSession(closes(panel, t), copy.decided);
      assertThat(copy.decided).as("session " + t).containsExactly(original.decided);
      changes += Arrays.equals(before, original.decided) ? 0 : 1;
    }
    assertThat(changes).as("sessions whose decisions change").isGreaterThan(10);
  }

  @Test
  void aSnapshotOfAnotherStrategyOrUniverseIsIncompatible() {
    Map<String, String> sectors = Map.of("AAPL", "Information Technology", "XOM", "Energy");
    List<String> universe = List.of("AAPL", "XOM");
    StrategySource source = new StrategySource(StrategyParityTest.PROGRAM, sectors);
    StrategySource other =
        new StrategySource(
            new StrategyProgram("other", "", StrategyParityTest.PROGRAM.entry(), null), sectors);
    StrategyStateSerializer.Snapshot current =
        new StrategyStateSerializer.Snapshot(source, universe);
    TypeSerializerSchemaCompatibility<StrategyState> same =
        current.resolveSchemaCompatibility(new StrategyStateSerializer.Snapshot(source, universe));
    assertThat(same.isCompatibleAsIs()).isTrue();
    assertThat(
            current
                .resolveSchemaCompatibility(new StrategyStateSerializer.Snapshot(other, universe))
                .isIncompatible())
        .isTrue();
    assertThat(
            current
                .resolveSchemaCompatibility(
                    new StrategyStateSerializer.Snapshot(source, List.of("AAPL")))
                .isIncompatible())
        .isTrue();
  }

  @Test
  void theSnapshotKeepsTheStrategyThroughItsBytes() throws Exception {
    StrategySource source =
        new StrategySource(StrategyParityTest.PROGRAM, Map.of("AAPL", "Information Technology"));
    DataOutputSerializer out = new DataOutputSerializer(4096);
    new StrategyStateSerializer.Snapshot(source, List.of("AAPL")).writeSnapshot(out);
    StrategyStateSerializer.Snapshot read = new StrategyStateSerializer.Snapshot();
    read.readSnapshot(
        1,
        new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()),
        getClass().getClassLoader());
    assertThat(read.restoreSerializer())
        .isEqualTo(new StrategyStateSerializer(source, List.of("AAPL")));
  }

  private static double[] closes(DailyPanel panel, int t) {
    double[] closes = new double[panel.symbols().size()];
    for (int s = 0; s < closes.length; s++) {
      closes[s] = panel.close()[s][t];
    }
    return closes;
  }
}
