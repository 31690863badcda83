package io.breadthflow.stream.trade;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.ingest.csv.RejectedRow;
import io.breadthflow.ingest.csv.SaneBounds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads trade files: the tick files of QuantConnect Lean as exported to CSV ({@code
 * DateTime,Price,Quantity,Exchange,SaleCondition,Suspicious}, local America/New_York times, the
 * symbol from a file name such as {@code IBM_20131007_trades.csv}) and BreadthFlow's own trade CSV
 * ({@code time,symbol,price,size[,venue,conditions]}, ISO-8601 instants).
 *
 * <p>A row that does not parse — too few columns, a malformed time, a price or size that is not a
 * plain decimal ({@code NaN}, {@code Infinity} and hex are refused), a time outside {@link
 * SaneBounds#FIRST_DATE} to {@link SaneBounds#LAST_DATE} (UTC), bytes that are not UTF-8 — is
 * returned as a {@link RejectedRow} with its line number and a one-line reason, and reading goes
 * on. Whether a parsed trade is usable (a positive price, a known symbol, …) is {@link
 * TradeCheck}'s question, asked in the stream. Stateless and thread-safe.
 */
public final class TradeFiles {
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?+(\\d++\\.?+\\d*+|\\.\\d++)([eE][-+]?+\\d++)?+");
  private static final char REPLACEMENT = '\uFFFD';
  private static final int SHOWN = 40;

  private TradeFiles() {}

  /**
   * The trades of {@code file} in file order, and the rows that did not parse.
   *
   * @throws TradeFileException when the file is not a trade file at all (empty, not text, unknown
   *     header, a Lean file without a symbol in its name)
   * @throws IOException when the file cannot be read
   */
  public static TradeFile read(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      return read(file, reader);
    }
  }

  /**
   * Parses a trade file's text from {@code reader}; {@code file} names it (and, for Lean files,
   * gives the symbol).
   *
   * @throws TradeFileException when the text is not a trade file at all
   */
  public static TradeFile read(Path file, BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || header.isBlank()) {
      throw new TradeFileException(
          file + ": empty file (expected DateTime,Price,Quantity,… or time,symbol,price,size)");
    }
    if (header.indexOf(REPLACEMENT) >= 0 || header.indexOf('\0') >= 0) {
      throw new TradeFileException(file + ": not a UTF-8 text file");
    }
    String normalized = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    if (normalized.startsWith("datetime,price,quantity")) {
      return readLean(reader, file, symbolOf(file));
    }
    if (normalized.startsWith("time,symbol,price,size")) {
      return readOwn(reader, file);
    }
    throw new TradeFileException(
        file
            + ": unknown header '"
            + OneLine.of(header, 80)
            + "' (expected DateTime,Price,Quantity,… or time,symbol,price,size)");
  }

  /** The symbol of a Lean tick file: the file name up to the first underscore, upper case. */
  static String symbolOf(Path file) {
    String name = file.getFileName().toString();
    int end = name.indexOf('_');
    String symbol = (end > 0 ? name.substring(0, end) : name.replaceAll("\\.[^.]*$", ""));
    symbol = symbol.toUpperCase(Locale.ROOT);
    if (!Symbols.isValid(symbol)) {
      throw new TradeFileException(file + ": no symbol in the file name (e.g. IBM_20131007.csv)");
    }
    return symbol;
  }

  /** Turns the fields of one row into a trade, or throws {@link RowException} with the reason. */
  private interface Row {
    Trade parse(String[] fields) throws RowException;
  }

  /**
   * Every non-blank row after the header: rows with fewer than {@code columns} fields, or with a
   * field {@code row} cannot parse, are rejected with their line and reason.
   */
  private static TradeFile rows(
      BufferedReader reader, Path file, int columns, String expected, Row row) throws IOException {
    List<Trade> trades = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String reason;
      if (line.indexOf(REPLACEMENT) >= 0) {
        reason = "not UTF-8 text";
      } else {
        String[] f = line.split(",", -1);
        if (f.length < columns) {
          reason = "expected " + expected + " (row has " + f.length + " columns)";
        } else {
          try {
            Trade trade = row.parse(f);
            if (SaneBounds.covers(trade.time())) {
              trades.add(trade);
              continue;
            }
            reason =
                "time "
                    + trade.time()
                    + " outside "
                    + SaneBounds.FIRST_DATE
                    + " to "
                    + SaneBounds.LAST_DATE;
          } catch (RowException e) {
            reason = e.getMessage();
          }
        }
      }
      rejected.add(new RejectedRow(number, line.replace('\0', REPLACEMENT), reason));
    }
    return new TradeFile(file, trades, rejected);
  }

  private static TradeFile readLean(BufferedReader reader, Path file, String symbol)
      throws IOException {
    return rows(
        reader,
        file,
        3,
        "DateTime,Price,Quantity",
        f -> {
          String conditions = f.length > 4 ? f[4].strip() : "";
          if (f.length > 5 && f[5].strip().equals("1")) {
            conditions = conditions.isEmpty() ? "suspicious" : conditions + " suspicious";
          }
          return new Trade(
              symbol,
              localTime(f[0]).atZone(NEW_YORK).toInstant(),
              number(f[1], "Price"),
              number(f[2], "Quantity"),
              f.length > 3 ? f[3].strip() : "",
              conditions);
        });
  }

  private static TradeFile readOwn(BufferedReader reader, Path file) throws IOException {
    return rows(
        reader,
        file,
        4,
        "time,symbol,price,size",
        f ->
            new Trade(
                f[1].strip().toUpperCase(Locale.ROOT),
                instant(f[0]),
                number(f[2], "price"),
                number(f[3], "size"),
                f.length > 4 ? f[4].strip() : "",
                f.length > 5 ? f[5].strip() : ""));
  }

  private static LocalDateTime localTime(String cell) throws RowException {
    String text = cell.strip();
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowException("bad DateTime '" + OneLine.of(text, SHOWN) + "'");
    }
  }

  private static Instant instant(String cell) throws RowException {
    String text = cell.strip();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowException("bad time '" + OneLine.of(text, SHOWN) + "'");
    }
  }

  private static double number(String cell, String name) throws RowException {
    String text = cell.strip();
    if (!DECIMAL.matcher(text).matches()) {
      throw new RowException("bad " + name + " '" + OneLine.of(text, SHOWN) + "'");
    }
    return Double.parseDouble(text);
  }

  /** A row-level problem; carries the reason, no stack trace needed. */
  private static final class RowException extends Exception {
    RowException(String reason) {
      super(reason, null, false, false);
    }
  }
}
