package io.breadthflow.cli.indicators;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.convert.ConventionConverter;
import io.breadthflow.core.indicator.Seeding;
import io.breadthflow.ingest.csv.CsvFormatException;
import io.breadthflow.ingest.csv.DailyCsv;
import io.breadthflow.ingest.csv.DailyCsvReader;
import io.breadthflow.ingest.csv.RejectedRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf indicators --input FILE.csv}: the standard indicators of a daily CSV, as CSV. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Computes SMA, EMA, RSI, MACD, Bollinger Bands, ATR, ADX, stochastic, ROC, OBV and"
          + " volatility for a daily CSV (Date,Open,High,Low,Close,Volume, or Yahoo's with Adj"
          + " Close) and writes them as CSV to standard output.",
      "Warm-up cells are empty; the last column, warm, lists the indicators whose value on that"
          + " row still depends on where the file starts (a legend on standard error explains it)."
          + " Rows with missing or invalid fields are skipped with a warning on standard error"
          + " naming the line."
    })
public final class IndicatorsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "FILE",
      description = "Daily bars, oldest first.")
  private Path input;

  @Option(
      names = "--convention",
      paramLabel = "NAME",
      defaultValue = "ta-lib",
      converter = ConventionConverter.class,
      description =
          "ta-lib (EMA seeded with an SMA; default) or tradingview (Pine's ta.ema seeded with the"
              + " first value; ATR counts the first bar's range; ADX's averages seeded with a"
              + " mean). See docs/INDICATORS-CONVENTIONS.md.")
  private Seeding convention;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw new UsageException("input file not found: " + input);
    }
    DailyCsv csv;
    try {
      csv = DailyCsvReader.read(input);
    } catch (CsvFormatException e) {
      throw new UsageException(input + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot read " + input);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (RejectedRow row : csv.rejected()) {
      err.println(
          "bf indicators: " + input + " line " + row.lineNumber() + " skipped: " + row.reason());
    }
    err.println("bf indicators: " + IndicatorTable.legend(convention));
    IndicatorTable.write(csv.bars(), convention, spec.commandLine().getOut());
    return 0;
  }
}
