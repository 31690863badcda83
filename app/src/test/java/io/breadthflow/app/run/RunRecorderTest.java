package io.breadthflow.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecorderTest {
  @TempDir Path dir;
  private MarketStore store;
  private RunRecorder runs;

  private record Request(String command, Map<String, Object> parameters) implements RunRequest {}

  private record Outcome(Map<String, Object> counts, Completion completion, String problem)
      implements RunOutcome {}

  private static final Request REQUEST = new Request("data fetch", Map.of("universe", "sp100"));

  @BeforeEach
  void open() {
    store = MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("runs.duckdb"), "", ""));
    runs = new RunRecorder(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aCompletedRunEndsSucceededWithItsParametersAndCountsAsJson() {
    Recorded<Outcome> recorded =
        runs.run(
            REQUEST, id -> new Outcome(Map.of("bars", 12), RunOutcome.Completion.COMPLETE, ""));

    PipelineRun run = store.run(recorded.runId());
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.command()).isEqualTo("data fetch");
    assertThat(run.parameters()).isEqualTo("{\"universe\":\"sp100\"}");
    assertThat(run.counts()).isEqualTo("{\"bars\":12}");
    assertThat(run.owner()).isEqualTo(RunOwner.current().code());
  }

  @Test
  void aPartialResultEndsFailedWithItsProblemAndKeepsItsCounts() {
    Recorded<Outcome> recorded =
        runs.run(
            REQUEST,
            id -> new Outcome(Map.of("bars", 3), RunOutcome.Completion.PARTIAL, "1 of 4 failed"));

    PipelineRun run = store.run(recorded.runId());
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error()).isEqualTo("1 of 4 failed");
    assertThat(run.counts()).isEqualTo("{\"bars\":3}");
  }

  @Test
  void aRefusedRequestEndsFailedWithItsMessage() {
    assertThatThrownBy(
            () ->
                runs.run(
                    REQUEST,
                    id -> {
                      throw UseCaseException.noData("no stored daily bars for AAPL");
                    }))
        .isInstanceOf(UseCaseException.class);

    assertThat(store.recentRuns(1).get(0).status()).isEqualTo(RunStatus.FAILED);
    assertThat(store.recentRuns(1).get(0).error()).isEqualTo("no stored daily bars for AAPL");
  }

  @Test
  void anErrorEndsTheRunFailedWithoutItsTextBeforeItIsPassedOn() {
    assertThatThrownBy(
            () ->
                runs.run(
                    REQUEST,
                    id -> {
                      throw new OutOfMemoryError("Java heap space at /secret/path");
                    }))
        .isInstanceOf(OutOfMemoryError.class);

    PipelineRun run = store.recentRuns(1).get(0);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error())
        .startsWith("unexpected failure: OutOfMemoryError")
        .doesNotContain("/secret/path");
  }

  @Test
  void runsOfProcessesThatEndedAreMarkedAbandonedAndLiveOnesAreLeftRunning() {
    RunOwner self = RunOwner.current();
    long dead =
        store.startRun("data import", "{}", new RunOwner(self.host(), 999_999_999L, 1).code());
    long reused =
        store.startRun("data import", "{}", new RunOwner(self.host(), self.pid(), 1).code());
    long alive = store.startRun("stream run", "{}", self.code());
    long elsewhere = store.startRun("stream run", "{}", new RunOwner("another-host", 1, 1).code());

    assertThat(runs.markAbandoned()).isEqualTo(2);

    assertThat(store.run(dead).status()).isEqualTo(RunStatus.ABANDONED);
    assertThat(store.run(reused).status()).isEqualTo(RunStatus.ABANDONED);
    assertThat(store.run(alive).status()).isEqualTo(RunStatus.RUNNING);
    assertThat(store.run(elsewhere).status()).isEqualTo(RunStatus.RUNNING);
    assertThat(store.run(dead).error())
        .isEqualTo("the process that ran it ended without finishing");
  }

  @Test
  void anOpenRunEndsOnceWithTheFirstOutcome() {
    OpenRun open = runs.open(REQUEST);
    open.succeed(new Outcome(Map.of("trades", 5), RunOutcome.Completion.COMPLETE, ""));
    open.fail(new IllegalStateException("too late"));

    assertThat(store.run(open.id()).status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(store.run(open.id()).counts()).isEqualTo("{\"trades\":5}");
  }
}
