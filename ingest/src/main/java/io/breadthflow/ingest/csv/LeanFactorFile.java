package io.breadthflow.ingest.csv;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Symbols;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a QuantConnect Lean factor file, {@code SYMBOL_factors.csv} with header {@code
 * Date,PriceFactor,SplitFactor,ReferencePrice}, into the splits and dividends it encodes. Each row
 * gives the factors in effect on and before its date (back to the previous row); the last row is
 * Lean's sentinel (factors 1). Between a row {@code i} and the next, on the first trading day after
 * row {@code i}'s date (the next weekday outside the NYSE calendar's years):
 *
 * <ul>
 *   <li>a split of ratio {@code split[i+1] / split[i]}, snapped to the nearest fraction with a
 *       denominator up to 100 (the file keeps 7 digits: 0.25 / 0.0357143 is 7:1);
 *   <li>a cash dividend {@code (1 - price[i] / price[i+1]) * reference[i]}, where {@code
 *       reference[i]} is the close on row {@code i}'s date (Lean's price factor is the product of
 *       {@code 1 - dividend / previous close}); it is in pre-split shares, so divided by the ratio
 *       of a split on the same day.
 * </ul>
 */
public final class LeanFactorFile {
  /** The file name suffix that marks a factor file. */
  public static final String SUFFIX = "_factors.csv";

  private static final String HEADER = "date,pricefactor,splitfactor,referenceprice";
  private static final double SAME = 1e-7;

  private LeanFactorFile() {}

  /** True for a file named {@code SYMBOL_factors.csv}. */
  public static boolean isFactorFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(SUFFIX) && name.length() > SUFFIX.length();
  }

  /** The symbol of {@code SYMBOL_factors.csv}, upper-cased. */
  public static String symbolOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length()).toUpperCase(Locale.ROOT);
  }

  /**
   * The splits and dividends {@code file} encodes, by ex-date.
   *
   * @throws CsvFormatException for a wrong header, a malformed or non-positive value or dates out
   *     of order, naming the line
   */
  public static List<CorporateAction> read(Path file) throws IOException, CsvFormatException {
    String symbol = symbolOf(file);
    if (!Symbols.isValid(symbol)) {
      throw new CsvFormatException("invalid symbol '" + symbol + "' in the file name");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(symbol, reader);
    }
  }

  /** The actions of {@code symbol} in the factor file {@code reader} holds. */
  public static List<CorporateAction> parse(String symbol, BufferedReader reader)
      throws IOException, CsvFormatException {
    String header = reader.readLine();
    if (header == null || !header.strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
      throw new CsvFormatException(
          "expected the header Date,PriceFactor,SplitFactor,ReferencePrice");
    }
    List<CorporateAction> actions = new ArrayList<>();
    Row previous = null;
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      Row row = Row.parse(line, lineNumber);
      if (previous != null) {
        if (!row.date.isAfter(previous.date)) {
          throw new CsvFormatException("line " + lineNumber + ": dates must ascend");
        }
        addActions(symbol, previous, row, actions);
      }
      previous = row;
    }
    return actions;
  }

  private static void addActions(
      String symbol, Row before, Row after, List<CorporateAction> actions) {
    LocalDate exDate = dayAfter(before.date);
    double ratio = snap(after.split / before.split);
    if (ratio != 1) {
      actions.add(new CorporateAction(symbol, exDate, CorporateAction.Kind.SPLIT, ratio));
    }
    double factor = before.price / after.price;
    if (factor < 1 - SAME && before.reference > 0) {
      double cash = (1 - factor) * before.reference / ratio;
      actions.add(new CorporateAction(symbol, exDate, CorporateAction.Kind.DIVIDEND, cash));
    }
  }

  /** {@code ratio} as the nearest fraction n/d with d ≤ 100 within 1e-4, or itself. */
  private static double snap(double ratio) {
    for (int denominator = 1; denominator <= 100; denominator++) {
      double numerator = Math.rint(ratio * denominator);
      if (numerator > 0 && Math.abs(numerator / denominator - ratio) <= 1e-4 * ratio) {
        return numerator / denominator;
      }
    }
    return ratio;
  }

  private static LocalDate dayAfter(LocalDate date) {
    if (NyseCalendar.covers(date.plusDays(1)) && NyseCalendar.covers(date.plusDays(7))) {
      return NyseCalendar.nextTradingDay(date);
    }
    LocalDate day = date.plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private record Row(LocalDate date, double price, double split, double reference) {
    static Row parse(String line, int lineNumber) throws CsvFormatException {
      String[] fields = line.split(",", -1);
      if (fields.length != 4) {
        throw new CsvFormatException("line " + lineNumber + ": expected 4 fields");
      }
      try {
        Row row =
            new Row(
                LocalDate.parse(fields[0].strip()),
                Double.parseDouble(fields[1].strip()),
                Double.parseDouble(fields[2].strip()),
                Double.parseDouble(fields[3].strip()));
        if (!(row.price > 0 && row.price < 1e6 && row.split > 0 && row.split < 1e6)
            || !(row.reference >= 0 && row.reference < 1e9)) {
          throw new CsvFormatException("line " + lineNumber + ": factors must be positive");
        }
        return row;
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new CsvFormatException("line " + lineNumber + ": malformed date or number");
      }
    }
  }
}
