package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestQuotaTest {
  private static final BacktestRequest REQUEST =
      new BacktestRequest(
          Universes.of(List.of("AAPL")),
          new DateRange(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 28)),
          new StrategySpec.SmaCross(5, 20),
          PortfolioLimits.defaults(),
          Optional.empty());

  @TempDir Path dir;
  private MarketStore store;
  private BacktestService backtests;
  private final List<Runnable> queued = new ArrayList<>();

  @BeforeEach
  void open() {
    store = MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("q.duckdb"), "", ""));
    backtests = new BacktestService(store, new RunRecorder(store));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void oneUserQueuesAtMostFourBacktestsAndOthersAreNotHeldBack() {
    for (int i = 0; i < BacktestService.PER_OWNER; i++) {
      backtests.submit(REQUEST, queued::add, "alice");
    }

    assertThatThrownBy(() -> backtests.submit(REQUEST, queued::add, "alice"))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("at most 4 backtests running or queued per user")
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.TOO_MANY);
    backtests.submit(REQUEST, queued::add, "bob");
    queued.get(0).run();
    backtests.submit(REQUEST, queued::add, "alice");
    assertThat(queued).hasSize(6);
  }

  @Test
  void aFullQueueIsTooManyAndTheRunIsNotLeftRunning() {
    assertThatThrownBy(
            () ->
                backtests.submit(
                    REQUEST,
                    task -> {
                      throw new RejectedExecutionException("queue full");
                    },
                    "alice"))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("the server is busy; retry later");

    assertThat(store.recentRuns(1).get(0).status()).isEqualTo(RunStatus.FAILED);
    assertThat(store.runningRuns()).isEmpty();
  }
}
