package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.store.Watchlist;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads symbols from, and writes a watchlist to, the {@link ListFormat}s. */
final class ListText {
  private static final Pattern LINES = Pattern.compile("\\R");
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final int SHOWN = 40;

  /** The valid symbols of a file, in order with their lines, and the entries rejected. */
  record Parsed(List<Entry> symbols, List<RejectedLine> rejected) {}

  /** A valid symbol and the line it is on. */
  record Entry(int line, String symbol) {}

  private ListText() {}

  /**
   * The symbols of {@code text} in {@code format}.
   *
   * @throws UseCaseException (invalid request) when a CSV text has no header with a symbol column
   */
  static Parsed parse(ListFormat format, String text) {
    String[] lines = LINES.split(text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
    return format == ListFormat.TXT ? txt(lines) : csv(lines);
  }

  private static Parsed txt(String[] lines) {
    List<Entry> symbols = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int comment = line.indexOf('#');
      String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String token : SEPARATORS.split(content)) {
        if (!token.isEmpty()) {
          accept(i + 1, token, symbols, rejected);
        }
      }
    }
    return new Parsed(symbols, rejected);
  }

  private static Parsed csv(String[] lines) {
    int header = 0;
    while (header < lines.length && lines[header].isBlank()) {
      header++;
    }
    Optional<List<String>> names = header < lines.length ? fields(lines[header]) : Optional.empty();
    int column =
        names
            .map(
                n -> {
                  for (int c = 0; c < n.size(); c++) {
                    if (n.get(c).strip().toLowerCase(Locale.ROOT).equals("symbol")) {
                      return c;
                    }
                  }
                  return -1;
                })
            .orElse(-1);
    if (column < 0) {
      throw UseCaseException.invalid("the CSV file needs a header line with a 'symbol' column");
    }
    List<Entry> symbols = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    for (int i = header + 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      Optional<List<String>> fields = fields(line);
      if (fields.isEmpty()) {
        rejected.add(new RejectedLine(i + 1, shown(line), "a quoted field is not closed"));
      } else if (fields.get().size() <= column || fields.get().get(column).isBlank()) {
        rejected.add(new RejectedLine(i + 1, shown(line), "no symbol in the symbol column"));
      } else {
        accept(i + 1, fields.get().get(column).strip(), symbols, rejected);
      }
    }
    return new Parsed(symbols, rejected);
  }

  private static void accept(
      int line, String token, List<Entry> symbols, List<RejectedLine> rejected) {
    String symbol = token.toUpperCase(Locale.ROOT);
    if (Symbols.isValid(symbol)) {
      symbols.add(new Entry(line, symbol));
    } else {
      rejected.add(
          new RejectedLine(
              line,
              shown(token),
              "not a valid symbol (1 to 15 letters, digits, '.', '-', '^' or '=')"));
    }
  }

  /** The fields of one CSV line (RFC 4180 quoting); empty when a quote is not closed. */
  private static Optional<List<String>> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    fields.add(field.toString());
    return Optional.of(fields);
  }

  private static String shown(String text) {
    return OneLine.of(text.strip(), SHOWN);
  }

  /** {@code list} written in {@code format}. */
  static ExportedList export(Watchlist list, ListFormat format) {
    StringBuilder text = new StringBuilder();
    if (format == ListFormat.TXT) {
      text.append("# ").append(OneLine.of(list.name(), WatchlistName.MAX_LENGTH)).append('\n');
      for (String symbol : list.symbols()) {
        text.append(symbol).append('\n');
      }
    } else {
      text.append("position,symbol\n");
      for (int i = 0; i < list.symbols().size(); i++) {
        text.append(i + 1).append(',').append(list.symbols().get(i)).append('\n');
      }
    }
    String base = UNSAFE.matcher(list.name()).replaceAll("_").replaceAll("^[_.]+|_+$", "");
    String fileName = (base.isEmpty() ? "watchlist" : base) + "." + format.extension();
    return new ExportedList(fileName, format.contentType() + "; charset=utf-8", text.toString());
  }
}
