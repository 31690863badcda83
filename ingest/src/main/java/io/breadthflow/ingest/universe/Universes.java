package io.breadthflow.ingest.universe;

import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.domain.Symbols;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Built-in universes ({@code demo_small}, {@code demo_medium}, {@code sp100} with GICS sector and
 * industry) and user lists: a {@code .txt} file with one symbol per line, or a {@code .csv} file
 * with a {@code symbol[,name,sector,industry]} header. Blank lines and lines starting with {@code
 * #} are ignored; a symbol listed twice is kept once. Sectors of the built-in {@code sp100} are
 * filled in for symbols of other lists that have none.
 */
public final class Universes {
  /** Names of the built-in universes. */
  public static final List<String> BUILT_IN = List.of("demo_small", "demo_medium", "sp100");

  private Universes() {}

  /**
   * The built-in universe {@code nameOrPath}, or the list in that file.
   *
   * @throws IllegalArgumentException when it is neither, or a line holds an invalid symbol
   */
  public static Universe load(String nameOrPath) {
    return switch (nameOrPath) {
      case "sp100" -> sp100();
      case "demo_small", "demo_medium" ->
          withKnownSectors(nameOrPath, symbolsOf(resource(nameOrPath + ".txt"), nameOrPath));
      default -> fromFile(Path.of(nameOrPath));
    };
  }

  /** The S&P 100 with sectors and industries. */
  public static Universe sp100() {
    return new Universe("sp100", parseCsv(resource("sp100.csv"), "sp100"));
  }

  /** An ad-hoc universe of the given symbols, with sectors where {@code sp100} knows them. */
  public static Universe of(List<String> symbols) {
    String name = symbols.size() <= 5 ? String.join(",", symbols) : symbols.size() + " symbols";
    return withKnownSectors(name, symbols);
  }

  private static Universe fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no universe '" + file + "': not a built-in name " + BUILT_IN + " nor a readable file");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read universe file " + file, e);
    }
    String source = file.toString();
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      List<Instrument> members = parseCsv(text, source);
      return withKnownSectors(source, members.stream().map(Instrument::symbol).toList(), members);
    }
    return withKnownSectors(source, symbolsOf(text, source));
  }

  private static Universe withKnownSectors(String name, List<String> symbols) {
    return withKnownSectors(name, symbols, List.of());
  }

  private static Universe withKnownSectors(
      String name, List<String> symbols, List<Instrument> given) {
    Map<String, Instrument> known = new LinkedHashMap<>();
    sp100().members().forEach(m -> known.put(m.symbol(), m));
    given.stream().filter(m -> !m.sector().isEmpty()).forEach(m -> known.put(m.symbol(), m));
    List<Instrument> members = new ArrayList<>();
    for (String symbol : symbols) {
      members.add(known.getOrDefault(symbol, Instrument.of(symbol)));
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("universe '" + name + "' lists no symbols");
    }
    return new Universe(name, members);
  }

  private static List<String> symbolsOf(String text, String source) {
    List<String> symbols = new ArrayList<>();
    int number = 0;
    for (String raw : text.split("\r?\n")) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      addSymbol(symbols, line.toUpperCase(Locale.ROOT), source, number);
    }
    return symbols;
  }

  private static List<Instrument> parseCsv(String text, String source) {
    String[] lines = text.split("\r?\n");
    List<String> header = List.of(lines[0].strip().toLowerCase(Locale.ROOT).split(",", -1));
    int symbolColumn = header.indexOf("symbol");
    if (symbolColumn < 0) {
      throw new IllegalArgumentException(source + ": the header needs a 'symbol' column");
    }
    List<Instrument> members = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      String symbol = cells[symbolColumn].strip().toUpperCase(Locale.ROOT);
      if (addSymbol(seen, symbol, source, i + 1)) {
        members.add(
            new Instrument(
                symbol,
                cell(cells, header.indexOf("name")),
                cell(cells, header.indexOf("sector")),
                cell(cells, header.indexOf("industry")),
                ""));
      }
    }
    return members;
  }

  private static boolean addSymbol(List<String> symbols, String symbol, String source, int line) {
    if (!Symbols.isValid(symbol)) {
      throw new IllegalArgumentException(
          source + " line " + line + ": '" + symbol + "' is not a valid symbol");
    }
    if (symbols.contains(symbol)) {
      return false;
    }
    return symbols.add(symbol);
  }

  private static String cell(String[] cells, int index) {
    return index >= 0 && index < cells.length ? cells[index].strip() : "";
  }

  private static String resource(String name) {
    try (InputStream in = Universes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in universe resource missing: " + name);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return String.join("\n", reader.lines().toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
