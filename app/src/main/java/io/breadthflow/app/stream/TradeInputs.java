package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
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
public final class TradeInputs {
  private TradeInputs() {}

  /**
   * The trades of a file or a folder's {@code .csv} files, in time order.
   *
   * @throws UseCaseException when there is no such input or no trade in it
   */
  public static List<Trade> read(Path input) {
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> list = Files.list(input)) {
        files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      } catch (IOException e) {
        throw UseCaseException.invalid("cannot list " + input);
      }
      if (files.isEmpty()) {
        throw UseCaseException.invalid("no .csv trade files in " + input);
      }
    } else if (Files.isRegularFile(input)) {
      files = List.of(input);
    } else {
      throw UseCaseException.invalid("no such file or folder: " + input);
    }
    List<Trade> trades = new ArrayList<>();
    for (Path file : files) {
      try {
        trades.addAll(TradeFiles.read(file));
      } catch (IOException e) {
        throw UseCaseException.invalid("cannot read " + file.getFileName());
      } catch (TradeFileException e) {
        throw UseCaseException.invalid(e.getMessage());
      }
    }
    if (trades.isEmpty()) {
      throw UseCaseException.invalid("no trades in " + input);
    }
    trades.sort(Comparator.comparing(Trade::time));
    return trades;
  }
}
