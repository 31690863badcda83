package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.stream.trade.TradeFileException;
import io.breadthflow.stream.trade.TradeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Trade files named on the command line (a file, or a folder of .csv files), in time order. */
final class TradeInputs {
  private TradeInputs() {}

  static List<Trade> read(Path input) {
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> list = Files.list(input)) {
        files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      } catch (IOException e) {
        throw new UsageException("cannot list " + input + ": " + e.getMessage());
      }
      if (files.isEmpty()) {
        throw new UsageException("no .csv trade files in " + input);
      }
    } else if (Files.isRegularFile(input)) {
      files = List.of(input);
    } else {
      throw new UsageException("no such file or folder: " + input);
    }
    List<Trade> trades = new ArrayList<>();
    for (Path file : files) {
      try {
        trades.addAll(TradeFiles.read(file));
      } catch (IOException e) {
        throw new UsageException("cannot read " + file + ": " + e.getMessage());
      } catch (TradeFileException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (trades.isEmpty()) {
      throw new UsageException("no trades in " + input);
    }
    trades.sort(Comparator.comparing(Trade::time));
    return trades;
  }
}
