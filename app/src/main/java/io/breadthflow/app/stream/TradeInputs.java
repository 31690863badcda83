package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.csv.RejectedRow;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.stream.trade.TradeFile;
import io.breadthflow.stream.trade.TradeFileException;
import io.breadthflow.stream.trade.TradeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Trade files named on the command line (a file, or a folder of .csv files), in time order. A
 * malformed row never sinks the others: it is set aside with its file, line and reason, and a file
 * that is not a trade file at all is set aside whole; only an input with no trade at all fails.
 */
public final class TradeInputs {
  private TradeInputs() {}

  /**
   * What an input yields.
   *
   * @param trades every parsed trade of every readable file, in time order (stable: ties keep file
   *     order)
   * @param rejected the rows that did not parse: source {@code trades:FILE} (the file's name), the
   *     row as read, reason {@code line N: why}
   * @param unreadableFiles one line per file that is not a trade file at all (or cannot be read),
   *     naming the file and why
   */
  public record TradeInput(
      List<Trade> trades, List<QuarantinedRecord> rejected, List<String> unreadableFiles) {
    public TradeInput {
      trades = List.copyOf(trades);
      rejected = List.copyOf(rejected);
      unreadableFiles = List.copyOf(unreadableFiles);
    }
  }

  /** The source name a rejected row of {@code file} is quarantined under. */
  public static String sourceOf(Path file) {
    return "trades:" + file.getFileName();
  }

  /**
   * The trades of a file or a folder's {@code .csv} files with what was set aside.
   *
   * @throws UseCaseException when there is no such input, no {@code .csv} file in the folder, or no
   *     trade in any file (the message then says why, file by file)
   */
  public static TradeInput load(Path input) {
    List<Path> files = filesOf(input);
    List<Trade> trades = new ArrayList<>();
    List<QuarantinedRecord> rejected = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path file : files) {
      TradeFile read;
      try {
        read = TradeFiles.read(file);
      } catch (IOException e) {
        unreadable.add(file + ": cannot read (" + e.getMessage() + ")");
        continue;
      } catch (TradeFileException e) {
        unreadable.add(e.getMessage());
        continue;
      }
      trades.addAll(read.trades());
      String source = sourceOf(file);
      for (RejectedRow row : read.rejected()) {
        rejected.add(
            new QuarantinedRecord(
                source, "", row.raw(), "line " + row.lineNumber() + ": " + row.reason()));
      }
    }
    if (trades.isEmpty()) {
      throw UseCaseException.invalid(noTrades(input, rejected, unreadable));
    }
    trades.sort(Comparator.comparing(Trade::time));
    return new TradeInput(trades, rejected, unreadable);
  }

  /**
   * The trades of a file or a folder's {@code .csv} files, in time order; rows and files that
   * cannot be read are left out ({@link #load} tells which).
   *
   * @throws UseCaseException when there is no such input or no trade in it
   */
  public static List<Trade> read(Path input) {
    return load(input).trades();
  }

  private static List<Path> filesOf(Path input) {
    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(input)) {
        files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      } catch (IOException e) {
        throw UseCaseException.invalid("cannot list " + input);
      }
      if (files.isEmpty()) {
        throw UseCaseException.invalid("no .csv trade files in " + input);
      }
      return files;
    }
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    throw UseCaseException.invalid("no such file or folder: " + input);
  }

  private static String noTrades(
      Path input, List<QuarantinedRecord> rejected, List<String> unreadable) {
    if (unreadable.size() == 1 && rejected.isEmpty()) {
      return unreadable.get(0);
    }
    StringBuilder text = new StringBuilder("no trades in ").append(input);
    if (!rejected.isEmpty()) {
      QuarantinedRecord first = rejected.get(0);
      text.append(" (")
          .append(rejected.size())
          .append(" rows rejected, first ")
          .append(first.source())
          .append(' ')
          .append(first.reason())
          .append(')');
    }
    unreadable.forEach(file -> text.append("; ").append(file));
    return text.toString();
  }
}
