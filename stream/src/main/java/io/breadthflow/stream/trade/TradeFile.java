package io.breadthflow.stream.trade;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.csv.RejectedRow;
import java.nio.file.Path;
import java.util.List;

/**
 * What one trade file yields: its trades in file order and the rows it could not read.
 *
 * @param file the file read
 * @param trades the trades of the rows that parsed, in file order (validation comes later, in the
 *     stream: a parsed trade may still be quarantined there)
 * @param rejected the rows that did not parse, with their line numbers and one-line reasons
 */
public record TradeFile(Path file, List<Trade> trades, List<RejectedRow> rejected) {
  public TradeFile {
    trades = List.copyOf(trades);
    rejected = List.copyOf(rejected);
  }
}
