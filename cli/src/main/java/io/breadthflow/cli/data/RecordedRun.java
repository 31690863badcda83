package io.breadthflow.cli.data;

import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a command's work as a recorded pipeline run with a progress bar: the run is started in the
 * store, a failure is recorded with its message and rethrown, and the progress line is always
 * ended. The caller records the outcome of a completed run with {@link #finish}.
 */
final class RecordedRun {
  private final MarketStore store;
  private final long id;

  private RecordedRun(MarketStore store, long id) {
    this.store = store;
    this.id = id;
  }

  /** Starts a run of {@code command} in {@code store}. */
  static RecordedRun start(MarketStore store, String command, String parameters) {
    return new RecordedRun(store, store.startRun(command, parameters));
  }

  /** The run id. */
  long id() {
    return id;
  }

  /** Runs {@code work} with the progress bar's step as its callback; a failure ends the run. */
  <T> T execute(ProgressBar progress, Function<Consumer<String>, T> work) {
    try {
      return work.apply(progress::step);
    } catch (RuntimeException e) {
      store.finishRun(id, RunStatus.FAILED, e.getMessage(), "");
      throw e;
    } finally {
      progress.finish();
    }
  }

  /** Records the outcome of a completed run. */
  void finish(RunStatus status, String error, String countsJson) {
    store.finishRun(id, status, error, countsJson);
  }
}
