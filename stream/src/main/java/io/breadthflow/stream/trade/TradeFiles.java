package io.breadthflow.stream.trade;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.core.domain.Trade;
import java.io.BufferedReader;
import java.io.IOException;
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

/**
 * Reads trade files: the tick files of QuantConnect Lean as exported to CSV ({@code
 * DateTime,Price,Quantity,Exchange,SaleCondition,Suspicious}, local America/New_York times, the
 * symbol from a file name such as {@code IBM_20131007_trades.csv}) and BreadthFlow's own trade CSV
 * ({@code time,symbol,price,size[,venue,conditions]}, ISO-8601 instants).
 */
public final class TradeFiles {
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  private TradeFiles() {}

  /** Every trade of the file, in file order. */
  public static List<Trade> read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null) {
        throw new TradeFileException(file + ": empty file");
      }
      String normalized = header.strip().toLowerCase(Locale.ROOT);
      if (normalized.startsWith("datetime,price,quantity")) {
        return readLean(reader, file, symbolOf(file));
      }
      if (normalized.startsWith("time,symbol,price,size")) {
        return readOwn(reader, file);
      }
      throw new TradeFileException(
          file
              + ": unknown header '"
              + header
              + "' (expected DateTime,Price,Quantity,… or time,symbol,price,size)");
    }
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

  /** Turns the fields of one row into a trade. */
  private interface Row {
    Trade parse(String[] fields);
  }

  /**
   * Every non-blank row after the header: rows with fewer than {@code columns} fields, or with a
   * field {@code row} cannot parse, fail with the file and line.
   */
  private static List<Trade> rows(
      BufferedReader reader, Path file, int columns, String expected, Row row) throws IOException {
    List<Trade> trades = new ArrayList<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length < columns) {
        throw new TradeFileException(file + ":" + number + ": expected " + expected);
      }
      try {
        trades.add(row.parse(f));
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new TradeFileException(file + ":" + number + ": " + e.getMessage());
      }
    }
    return trades;
  }

  private static List<Trade> readLean(BufferedReader reader, Path file, String symbol)
      throws IOException {
    return rows(
        reader,
        file,
        3,
        "at least 3 columns",
        f -> {
          String conditions = f.length > 4 ? f[4].strip() : "";
          if (f.length > 5 && f[5].strip().equals("1")) {
            conditions = conditions.isEmpty() ? "suspicious" : conditions + " suspicious";
          }
          return new Trade(
              symbol,
              LocalDateTime.parse(f[0].strip()).atZone(NEW_YORK).toInstant(),
              Double.parseDouble(f[1]),
              Double.parseDouble(f[2]),
              f.length > 3 ? f[3].strip() : "",
              conditions);
        });
  }

  private static List<Trade> readOwn(BufferedReader reader, Path file) throws IOException {
    return rows(
        reader,
        file,
        4,
        "time,symbol,price,size",
        f ->
            new Trade(
                f[1].strip().toUpperCase(Locale.ROOT),
                Instant.parse(f[0].strip()),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                f.length > 4 ? f[4].strip() : "",
                f.length > 5 ? f[5].strip() : ""));
  }
}
