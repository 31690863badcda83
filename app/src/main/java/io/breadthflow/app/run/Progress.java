package io.breadthflow.app.run;

/**
 * Where a use case reports how far it is: the CLI draws a progress bar and prints notes on standard
 * error, the command API captures both as the run's output. Implementations are thread-safe.
 */
public interface Progress {
  /** Reports nothing. */
  Progress SILENT =
      new Progress() {
        @Override
        public void begin(String label, long total) {}

        @Override
        public void step(String item) {}

        @Override
        public void end() {}

        @Override
        public void note(String line) {}
      };

  /** A phase of {@code total} steps named {@code label} begins. */
  void begin(String label, long total);

  /** One step of the current phase is done; {@code item} names it. */
  void step(String item);

  /** The current phase is over. */
  void end();

  /** A line worth telling the user (a skipped symbol, a warning), not an error. */
  void note(String line);
}
