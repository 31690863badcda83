package io.breadthflow.ingest.csv;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.quality.BarValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads daily OHLCV files with a header naming at least {@code Date,Open,High,Low,Close,Volume}, in
 * any order and case: the plain format of the S&amp;P 500 data set and Yahoo Finance's download
 * ({@code Date,Open,High,Low,Close,Adj Close,Volume}, where {@code Adj Close} is ignored and {@code
 * null} marks a missing value), and Stooq's daily download (the same header) and bulk files ({@code
 * <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>}, dates {@code
 * 20240102}). Dates are ISO ({@code 2013-02-08}) or basic ({@code 20130208}).
 *
 * <p>A row that cannot be used — a missing or malformed field (numbers are plain decimals, so no
 * {@code NaN}, {@code Infinity} or hex), a price or volume that breaks {@link
 * BarValidator#checkFields} (which bounds them), a date outside {@link SaneBounds} (1900–2099) or
 * not after the previous row's — is returned as a {@link RejectedRow} with its line number and a
 * one-line reason; reading goes on. Only a file without a usable header (empty, not UTF-8 text,
 * required columns missing) fails as a whole, with a {@link CsvFormatException} whose message is
 * one line.
 */
public final class DailyCsvReader {
  private static final String[] REQUIRED = {"date", "open", "high", "low", "close", "volume"};
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?+(\\d++\\.?+\\d*+|\\.\\d++)([eE][-+]?+\\d++)?+");
  private static final int SHOWN = 40;

  private DailyCsvReader() {}

  /** Which dates a row may carry. */
  public enum DateRule {
    /** Any ISO date. */
    ANY_DATE,
    /** Within 2000–2030 only NYSE sessions; dates outside those years are accepted. */
    NYSE_SESSIONS
  }

  /** Reads {@code file}; the symbol is the file name without {@code .csv}, upper-cased. */
  public static DailyCsv read(Path file) throws IOException, CsvFormatException {
    return read(file, DateRule.ANY_DATE);
  }

  /** Reads {@code file} with the given date rule; the symbol comes from the file name. */
  public static DailyCsv read(Path file, DateRule dates) throws IOException, CsvFormatException {
    return read(file, symbolOf(file), dates);
  }

  /** Reads {@code file} as the bars of {@code symbol}. */
  public static DailyCsv read(Path file, String symbol, DateRule dates)
      throws IOException, CsvFormatException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader =
        new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      return parse(symbol, reader, dates);
    } catch (CharacterCodingException e) {
      throw new CsvFormatException(file + " is not a UTF-8 text file");
    }
  }

  /**
   * The symbol a file name stands for: {@code brk.b.csv} → {@code BRK.B}; Stooq's {@code
   * aapl.us.txt} → {@code AAPL}.
   */
  public static String symbolOf(Path file) {
    String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
    for (String suffix : new String[] {".CSV", ".TXT", ".US"}) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Parses a whole file from {@code reader}, accepting any date. */
  public static DailyCsv parse(String symbol, BufferedReader reader)
      throws IOException, CsvFormatException {
    return parse(symbol, reader, DateRule.ANY_DATE);
  }

  /** Parses a whole file from {@code reader}. */
  public static DailyCsv parse(String symbol, BufferedReader reader, DateRule dates)
      throws IOException, CsvFormatException {
    String header = reader.readLine();
    if (header == null || header.isBlank()) {
      throw new CsvFormatException("empty file: expected a header Date,Open,High,Low,Close,Volume");
    }
    int[] columns = columnsOf(header);
    List<Bar> bars = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    LocalDate previous = null;
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      String reason = null;
      Bar bar = null;
      try {
        bar = toBar(symbol, cells, columns);
        Optional<String> invalid =
            BarValidator.checkFields(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        if (invalid.isPresent()) {
          reason = invalid.get();
        } else if (dates == DateRule.NYSE_SESSIONS && !isSessionOrUncovered(bar.sessionDate())) {
          reason = bar.sessionDate() + " is not an NYSE session";
        } else if (previous != null && !bar.sessionDate().isAfter(previous)) {
          reason = "date " + bar.sessionDate() + " is not after the previous row's " + previous;
        }
      } catch (RowException e) {
        reason = e.getMessage();
      }
      if (reason == null) {
        bars.add(bar);
        previous = bar.sessionDate();
      } else {
        rejected.add(new RejectedRow(lineNumber, line, reason));
      }
    }
    return new DailyCsv(symbol, bars, rejected);
  }

  private static boolean isSessionOrUncovered(LocalDate date) {
    return !NyseCalendar.covers(date) || NyseCalendar.isTradingDay(date);
  }

  private static int[] columnsOf(String header) throws CsvFormatException {
    String[] names = header.replace("\uFEFF", "").split(",", -1);
    int[] columns = new int[REQUIRED.length];
    for (int r = 0; r < REQUIRED.length; r++) {
      columns[r] = -1;
      for (int c = 0; c < names.length; c++) {
        if (columnName(names[c]).equals(REQUIRED[r])) {
          columns[r] = c;
        }
      }
      if (columns[r] < 0) {
        throw new CsvFormatException(
            "header must name Date, Open, High, Low, Close and Volume but was: "
                + OneLine.of(header, 80));
      }
    }
    return columns;
  }

  /** A header cell as a required name: case and Stooq's angle brackets ignored, VOL = Volume. */
  private static String columnName(String cell) {
    String name = cell.trim().toLowerCase(Locale.ROOT).replace("<", "").replace(">", "");
    return name.equals("vol") ? "volume" : name;
  }

  private static Bar toBar(String symbol, String[] cells, int[] columns) throws RowException {
    LocalDate date = date(field(cells, columns[0], "Date"));
    return Bar.daily(
        symbol,
        date,
        number(field(cells, columns[1], "Open"), "Open"),
        number(field(cells, columns[2], "High"), "High"),
        number(field(cells, columns[3], "Low"), "Low"),
        number(field(cells, columns[4], "Close"), "Close"),
        number(field(cells, columns[5], "Volume"), "Volume"));
  }

  private static String field(String[] cells, int column, String name) throws RowException {
    if (column >= cells.length) {
      throw new RowException("missing " + name + " (row has " + cells.length + " columns)");
    }
    String value = cells[column].trim();
    if (value.isEmpty() || value.equalsIgnoreCase("null")) {
      throw new RowException("missing " + name);
    }
    return value;
  }

  private static LocalDate date(String text) throws RowException {
    LocalDate date;
    try {
      date =
          text.length() == 8
              ? LocalDate.parse(text, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
              : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowException("bad Date '" + OneLine.of(text, SHOWN) + "'");
    }
    if (!SaneBounds.covers(date)) {
      throw new RowException(
          "Date " + date + " outside " + SaneBounds.FIRST_DATE + " to " + SaneBounds.LAST_DATE);
    }
    return date;
  }

  private static double number(String text, String name) throws RowException {
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
