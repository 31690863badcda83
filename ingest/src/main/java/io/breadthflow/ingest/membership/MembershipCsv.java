package io.breadthflow.ingest.membership;

import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.ingest.csv.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads membership histories from CSV: the interval form {@code
 * ticker,start_date,end_date[,sector]} (one row per membership interval, end date exclusive and
 * empty while still a member; {@code symbol} is accepted for {@code ticker}) and the form in which
 * index changes are published, {@code date,add,remove}, where a cell may list several
 * comma-separated symbols inside quotes. Dates are ISO ({@code 2019-01-18}). Bad rows are returned
 * with their line number and reason, never thrown; only a header without the needed columns is an
 * error.
 */
public final class MembershipCsv {
  private static final int MAX_RAW = 200;

  private MembershipCsv() {}

  /**
   * The history of the intervals in {@code csv}. A row that overlaps an earlier-starting interval
   * of the same symbol is rejected.
   *
   * @throws IllegalArgumentException when the header lacks {@code ticker}, {@code start_date} or
   *     {@code end_date}
   */
  public static MembershipImport readIntervals(Reader csv) {
    List<String> lines = lines(csv);
    Header header =
        Header.of(
            lines,
            List.of(List.of("ticker", "symbol"), List.of("start_date"), List.of("end_date")));
    int sectorColumn = header.optional("sector");
    List<RejectedRow> rejected = new ArrayList<>();
    Map<String, List<Numbered>> bySymbol = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.isBlank()) {
        continue;
      }
      try {
        List<String> cells = header.cells(raw);
        String symbol = symbol(cells.get(header.column(0)));
        LocalDate from = date(cells.get(header.column(1)), "start_date");
        String end = cells.get(header.column(2));
        LocalDate to = end.isEmpty() ? null : date(end, "end_date");
        String sector =
            sectorColumn >= 0 && sectorColumn < cells.size() ? cells.get(sectorColumn) : "";
        bySymbol
            .computeIfAbsent(symbol, s -> new ArrayList<>())
            .add(new Numbered(i + 1, raw, new MembershipInterval(symbol, from, to, sector)));
      } catch (IllegalArgumentException e) {
        rejected.add(rejection(i + 1, raw, e.getMessage()));
      }
    }
    List<MembershipInterval> accepted = new ArrayList<>();
    for (List<Numbered> own : bySymbol.values()) {
      own.sort(Comparator.comparing(n -> n.interval().from()));
      Numbered previous = null;
      for (Numbered row : own) {
        if (previous != null && row.interval().overlaps(previous.interval())) {
          rejected.add(rejection(row.line(), row.raw(), "overlaps line " + previous.line()));
        } else {
          accepted.add(row.interval());
          previous = row;
        }
      }
    }
    rejected.sort(Comparator.comparingInt(RejectedRow::lineNumber));
    return new MembershipImport(new MembershipHistory(accepted), rejected);
  }

  /**
   * {@code base} as known before the first change in {@code changes}, with the changes applied from
   * then on: intervals of {@code base} starting on or after the first change date are dropped,
   * those running on it are left open and then closed or continued by the changes. A row is applied
   * entirely or not at all; it is rejected when its date is malformed or earlier than the previous
   * applied row, when it names an invalid symbol, adds a member or removes a non-member, or changes
   * nothing.
   *
   * @throws IllegalArgumentException when the header lacks {@code date}, {@code add} or {@code
   *     remove}
   */
  public static MembershipImport applyChanges(MembershipHistory base, Reader changes) {
    return apply(base, null, changes);
  }

  /**
   * The history of {@code members}, members from {@code asOf}, with {@code changes} applied; rows
   * dated before {@code asOf} are rejected. Otherwise as {@link #applyChanges(MembershipHistory,
   * Reader)}.
   */
  public static MembershipImport applyChanges(
      LocalDate asOf, Collection<String> members, Reader changes) {
    List<MembershipInterval> start =
        members.stream().map(s -> new MembershipInterval(s, asOf, null)).toList();
    return apply(new MembershipHistory(start), asOf, changes);
  }

  private static MembershipImport apply(MembershipHistory base, LocalDate earliest, Reader csv) {
    List<String> lines = lines(csv);
    Header header = Header.of(lines, List.of(List.of("date"), List.of("add"), List.of("remove")));
    List<RejectedRow> rejected = new ArrayList<>();
    List<Change> parsed = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.isBlank()) {
        continue;
      }
      try {
        List<String> cells = header.cells(raw);
        LocalDate date = date(cells.get(header.column(0)), "date");
        Set<String> adds = symbols(cells.get(header.column(1)));
        Set<String> removes = symbols(cells.get(header.column(2)));
        if (adds.isEmpty() && removes.isEmpty()) {
          throw new IllegalArgumentException("no symbol added or removed");
        }
        parsed.add(new Change(i + 1, raw, date, adds, removes));
      } catch (IllegalArgumentException e) {
        rejected.add(rejection(i + 1, raw, e.getMessage()));
      }
    }
    LocalDate cut = parsed.isEmpty() ? null : parsed.get(0).date();
    if (earliest != null && (cut == null || cut.isBefore(earliest))) {
      cut = earliest;
    }
    Book book = new Book(cut == null ? base : base.before(cut));
    LocalDate previous = cut;
    for (Change change : parsed) {
      String problem =
          previous != null && change.date().isBefore(previous)
              ? "dated before " + previous
              : book.problem(change);
      if (problem == null) {
        book.apply(change);
        previous = change.date();
      } else {
        rejected.add(rejection(change.line(), change.raw(), problem));
      }
    }
    rejected.sort(Comparator.comparingInt(RejectedRow::lineNumber));
    return new MembershipImport(book.history(), rejected);
  }

  /** The intervals under construction while changes are applied; the open one of a symbol last. */
  private static final class Book {
    private final Map<String, List<MembershipInterval>> bySymbol = new HashMap<>();

    Book(MembershipHistory start) {
      start
          .intervals()
          .forEach(i -> bySymbol.computeIfAbsent(i.symbol(), s -> new ArrayList<>()).add(i));
    }

    String problem(Change change) {
      for (String symbol : change.adds()) {
        if (change.removes().contains(symbol)) {
          return symbol + " is both added and removed";
        }
        if (open(symbol) != null) {
          return symbol + " is already a member";
        }
      }
      for (String symbol : change.removes()) {
        MembershipInterval open = open(symbol);
        if (open == null) {
          return symbol + " is not a member";
        }
        if (!open.from().isBefore(change.date())) {
          return symbol + " was added on " + open.from();
        }
      }
      return null;
    }

    void apply(Change change) {
      for (String symbol : change.removes()) {
        List<MembershipInterval> own = bySymbol.get(symbol);
        own.set(own.size() - 1, own.get(own.size() - 1).endingOn(change.date()));
      }
      for (String symbol : change.adds()) {
        bySymbol
            .computeIfAbsent(symbol, s -> new ArrayList<>())
            .add(new MembershipInterval(symbol, change.date(), null));
      }
    }

    MembershipHistory history() {
      return new MembershipHistory(bySymbol.values().stream().flatMap(List::stream).toList());
    }

    private MembershipInterval open(String symbol) {
      List<MembershipInterval> own = bySymbol.getOrDefault(symbol, List.of());
      MembershipInterval last = own.isEmpty() ? null : own.get(own.size() - 1);
      return last != null && last.isOpen() ? last : null;
    }
  }

  private record Numbered(int line, String raw, MembershipInterval interval) {}

  private record Change(
      int line, String raw, LocalDate date, Set<String> adds, Set<String> removes) {}

  /** The column positions of a header, each required column found under one of its names. */
  private record Header(List<String> names, int[] columns) {
    static Header of(List<String> lines, List<List<String>> required) {
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("membership CSV is empty: no header");
      }
      List<String> names =
          CsvCells.split(lines.get(0).replace("\uFEFF", "")).stream()
              .map(n -> n.toLowerCase(Locale.ROOT))
              .toList();
      int[] columns = new int[required.size()];
      for (int r = 0; r < columns.length; r++) {
        columns[r] =
            required.get(r).stream()
                .mapToInt(names::indexOf)
                .filter(c -> c >= 0)
                .findFirst()
                .orElse(-1);
        if (columns[r] < 0) {
          throw new IllegalArgumentException(
              "membership CSV header must have a '"
                  + String.join("' or '", required.get(r))
                  + "' column, got: "
                  + OneLine.of(lines.get(0), MAX_RAW));
        }
      }
      return new Header(names, columns);
    }

    int column(int required) {
      return columns[required];
    }

    int optional(String name) {
      return names.indexOf(name);
    }

    List<String> cells(String raw) {
      List<String> cells = CsvCells.split(raw);
      for (int column : columns) {
        if (column >= cells.size()) {
          throw new IllegalArgumentException(
              "expected " + names.size() + " cells, got " + cells.size());
        }
      }
      return cells;
    }
  }

  private static Set<String> symbols(String cell) {
    Set<String> symbols = new LinkedHashSet<>();
    for (String part : cell.split(",")) {
      if (!part.isBlank()) {
        symbols.add(symbol(part));
      }
    }
    return symbols;
  }

  private static String symbol(String text) {
    String symbol = text.strip().toUpperCase(Locale.ROOT);
    if (!Symbols.isValid(symbol)) {
      throw new IllegalArgumentException("'" + OneLine.of(text, 20) + "' is not a valid symbol");
    }
    return symbol;
  }

  private static LocalDate date(String text, String column) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          column + " '" + OneLine.of(text, 20) + "' is not an ISO date (yyyy-mm-dd)");
    }
  }

  private static RejectedRow rejection(int line, String raw, String reason) {
    return new RejectedRow(line, OneLine.of(raw, MAX_RAW), reason);
  }

  private static List<String> lines(Reader csv) {
    try (BufferedReader reader = new BufferedReader(csv)) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read membership CSV", e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read membership CSV", e.getCause());
    }
  }
}
