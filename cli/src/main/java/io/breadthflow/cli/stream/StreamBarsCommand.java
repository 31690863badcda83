package io.breadthflow.cli.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.stream.TradeInputs;
import io.breadthflow.cli.convert.IntervalConverter;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.stream.BarsFromTrades;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf stream bars}: a bounded run of the streaming bar stage over trade files. */
@Command(
    name = "bars",
    mixinStandardHelpOptions = true,
    description = {
      "Aggregates trade files into event-time bars with the streaming job (bounded run).",
      "Reads Lean tick CSVs (DateTime,Price,Quantity,Exchange,SaleCondition,Suspicious; New York"
          + " time; symbol from the file name) and BreadthFlow trade CSVs (time,symbol,price,size).",
      "A malformed row is reported on standard error (FILE line N skipped: reason) and left out;"
          + " a file that is not a trade file is reported and skipped."
    })
public final class StreamBarsCommand implements Callable<Integer> {
  static final String HEADER = "ts,symbol,open,high,low,close,volume,vwap,trades";

  @Spec private CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE|DIR",
      description = "Trade file or folder.")
  private Path input;

  @Option(
      names = "--interval",
      defaultValue = "1m",
      converter = IntervalConverter.class,
      description = "Bar interval: 1m, 5m or 1h (default ${DEFAULT-VALUE}).")
  private Interval interval;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json (default ${DEFAULT-VALUE}).")
  private String format;

  @Mixin private EventTimeOptions eventTime;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("csv") && !format.equals("json")) {
      throw UseCaseException.invalid("--format must be csv or json");
    }
    if (interval == Interval.ONE_DAY) {
      throw UseCaseException.invalid(
          "--interval takes an intraday interval (trades build intraday bars)");
    }
    List<Interval> intervals = List.of(interval);
    TradeInputs.TradeInput read = TradeInputs.load(input);
    PrintWriter err = spec.commandLine().getErr();
    read.unreadableFiles().forEach(file -> err.println("bf stream bars: skipped " + file));
    for (QuarantinedRecord row : read.rejected()) {
      err.println(
          "bf stream bars: "
              + row.source().substring(row.source().indexOf(':') + 1)
              + " "
              + row.reason().replaceFirst(":", " skipped:"));
    }
    err.flush();
    List<Trade> trades = read.trades();
    List<String> symbols = trades.stream().map(Trade::symbol).distinct().sorted().toList();
    BarsFromTrades.Result result =
        BarsFromTrades.run(trades, symbols, intervals, eventTime.outOfOrder, eventTime.lateness);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("csv")) {
      out.println(HEADER);
      result.bars().forEach(bar -> out.println(csv(bar)));
    } else {
      out.println("[");
      for (int i = 0; i < result.bars().size(); i++) {
        out.println("  " + json(result.bars().get(i)) + (i + 1 < result.bars().size() ? "," : ""));
      }
      out.println("]");
    }
    out.flush();
    err.printf(
        Locale.ROOT,
        "bf stream bars: %d trades, %d bars%s%n",
        trades.size(),
        result.bars().size(),
        rejected(result.rejected()));
    err.flush();
    return 0;
  }

  private static String rejected(Map<String, Long> reasons) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; set aside:");
    reasons.forEach(
        (reason, count) -> text.append(' ').append(count).append(" (").append(reason).append(')'));
    return text.toString();
  }

  static String csv(Bar bar) {
    return String.join(
        ",",
        bar.start().toString(),
        bar.symbol(),
        ShortestDecimal.format(bar.open()),
        ShortestDecimal.format(bar.high()),
        ShortestDecimal.format(bar.low()),
        ShortestDecimal.format(bar.close()),
        ShortestDecimal.format(bar.volume()),
        ShortestDecimal.format(bar.vwap()),
        Long.toString(bar.tradeCount()));
  }

  private static String json(Bar bar) {
    return String.format(
        Locale.ROOT,
        "{\"ts\":\"%s\",\"symbol\":\"%s\",\"open\":%s,\"high\":%s,\"low\":%s,\"close\":%s,"
            + "\"volume\":%s,\"vwap\":%s,\"trades\":%d}",
        bar.start(),
        bar.symbol(),
        ShortestDecimal.format(bar.open()),
        ShortestDecimal.format(bar.high()),
        ShortestDecimal.format(bar.low()),
        ShortestDecimal.format(bar.close()),
        ShortestDecimal.format(bar.volume()),
        ShortestDecimal.format(bar.vwap()),
        bar.tradeCount());
  }
}
