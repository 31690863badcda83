package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.source.Pacing;
import java.nio.file.Path;
import java.time.Duration;

/** Where a streaming job's input comes from; each checked when built. */
public sealed interface StreamSource {
  /** The source's name: the checkpoint folder's and the job's. */
  String code();

  /** Most simulated trades per second. */
  double MAX_RATE = 10_000_000;

  /**
   * The market simulator's live trade stream.
   *
   * @param universe the symbols
   * @param startPrices each symbol's first price, positive
   * @param rate trades per second, above 0 and at most {@value #MAX_RATE}
   * @param backfill how far in the past it starts (catching up at once), 0 to 1 day
   * @param seed random seed
   */
  record Simulator(
      Universe universe, double[] startPrices, double rate, Duration backfill, long seed)
      implements StreamSource {
    public Simulator {
      UseCaseException.required(universe, "a universe");
      UseCaseException.required(startPrices, "start prices");
      if (startPrices.length != universe.symbols().size()
          || !java.util.Arrays.stream(startPrices).allMatch(p -> p > 0 && p < 1e9)) {
        throw UseCaseException.invalid("the simulator needs a positive start price per symbol");
      }
      if (!(rate > 0 && rate <= MAX_RATE)) {
        throw UseCaseException.invalid(
            "rate must be above 0 and at most " + (long) MAX_RATE + " trades/s, got " + rate);
      }
      if (backfill == null || backfill.isNegative() || backfill.compareTo(Duration.ofDays(1)) > 0) {
        throw UseCaseException.invalid("backfill must be between 0 and 1 day");
      }
    }

    /** Live from now at {@code rate}, each symbol from its reference price. */
    public static Simulator live(Universe universe, double rate, long seed) {
      return new Simulator(universe, universe.startPrices(), rate, Duration.ZERO, seed);
    }

    @Override
    public String code() {
      return "sim";
    }
  }

  /**
   * Trade files (Lean ticks or BreadthFlow trade CSVs), in time order.
   *
   * @param input a file or a folder of {@code .csv} files
   * @param pacing replay speed
   */
  record TradeFiles(Path input, Pacing pacing) implements StreamSource {
    public TradeFiles {
      UseCaseException.required(input, "trade files");
      UseCaseException.required(pacing, "a replay speed");
    }

    @Override
    public String code() {
      return "replay";
    }
  }

  /**
   * Stored daily bars of a universe: all stored sessions up to the range's end warm up, breadth and
   * signals are output from its start.
   *
   * @param universe the symbols
   * @param range the sessions output
   * @param pacing replay speed
   */
  record StoredBars(Universe universe, DateRange range, Pacing pacing) implements StreamSource {
    public StoredBars {
      UseCaseException.required(universe, "a universe");
      UseCaseException.required(range, "a date range");
      UseCaseException.required(pacing, "a replay speed");
    }

    @Override
    public String code() {
      return "replay";
    }
  }

  /**
   * Live trades from Finnhub's WebSocket.
   *
   * @param universe the symbols subscribed
   */
  record Finnhub(Universe universe) implements StreamSource {
    public Finnhub {
      UseCaseException.required(universe, "a universe");
    }

    @Override
    public String code() {
      return "finnhub";
    }
  }

  /**
   * The trades of topic {@code market-data} (Kafka mode), endless.
   *
   * @param universe the symbols accepted
   */
  record Kafka(Universe universe) implements StreamSource {
    public Kafka {
      UseCaseException.required(universe, "a universe");
    }

    @Override
    public String code() {
      return "kafka";
    }
  }
}
