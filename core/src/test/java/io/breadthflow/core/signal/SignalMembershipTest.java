package io.breadthflow.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalMembershipTest {
  private static final LocalDate FROM = LocalDate.of(2020, 1, 2).plusDays(100);

  @Test
  void everySymbolAlwaysAMemberGivesTheSignalsWithoutAMask() {
    DailyPanel panel = SignalEngineTest.trending(6, 300, 0.001, 4);

    assertThat(
            SignalEngine.compute(
                panel, FROM, SignalWeights.defaults(), MemberMask.all(6, panel.sessions().length)))
        .isEqualTo(SignalEngine.compute(panel, FROM, SignalWeights.defaults()));
  }

  @Test
  void aSymbolThatIsNeverAMemberGetsNoSignalAndChangesNoOtherSignal() {
    DailyPanel panel = SignalEngineTest.trending(6, 300, 0.001, 5);
    int sessions = panel.sessions().length;
    boolean[][] member = new boolean[6][sessions];
    for (int s = 1; s < 6; s++) {
      Arrays.fill(member[s], true);
    }
    DailyPanel others =
        new DailyPanel(
            panel.symbols().subList(1, 6),
            panel.sessions(),
            Arrays.copyOfRange(panel.open(), 1, 6),
            Arrays.copyOfRange(panel.high(), 1, 6),
            Arrays.copyOfRange(panel.low(), 1, 6),
            Arrays.copyOfRange(panel.close(), 1, 6),
            Arrays.copyOfRange(panel.volume(), 1, 6));

    List<Signal> masked =
        SignalEngine.compute(
            panel, FROM, SignalWeights.defaults(), MemberMask.of(member, sessions));

    assertThat(masked).isEqualTo(SignalEngine.compute(others, FROM, SignalWeights.defaults()));
  }

  @Test
  void aJoinerGetsSignalsFromItsFirstMemberSessionWithWarmFeatures() {
    DailyPanel panel = SignalEngineTest.trending(3, 300, 0.001, 6);
    int sessions = panel.sessions().length;
    boolean[][] member = new boolean[3][sessions];
    Arrays.fill(member[0], true);
    Arrays.fill(member[1], true);
    Arrays.fill(member[2], 200, sessions, true);

    List<Signal> masked =
        SignalEngine.compute(
            panel, FROM, SignalWeights.defaults(), MemberMask.of(member, sessions));
    List<Signal> joiner = masked.stream().filter(s -> s.symbol().equals("S2")).toList();

    assertThat(joiner).hasSize(100);
    assertThat(joiner.get(0).date()).isEqualTo(panel.sessions()[200]);
    assertThat(joiner.get(0).reasons())
        .extracting(SignalComponent::name)
        .as("SMA200 of its whole history is defined on its first member session")
        .contains("trend", "momentum", "volatility");
  }
}
