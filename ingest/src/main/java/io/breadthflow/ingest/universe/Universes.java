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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Built-in universes ({@code demo_small}, {@code demo_medium}, {@code sp100} with GICS sector,
 * industry and reference price) and user lists: a {@code .txt} file with one symbol per line, or a
 * {@code .csv} file with a {@code symbol[,name,sector,industry,reference_price]} header. Blank
 * lines and lines starting with {@code #} are ignored; a symbol listed twice is kept once. Sectors
 * and reference prices of the built-in {@code sp100} are filled in for symbols of other lists that
 * have none.
 *
 * <p>A reference price is the approximate share price in US dollars on {@link #REFERENCE_DATE} (for
 * {@code sp100}: the level of late December 2024, to the dollar or the cent); the market simulator
 * closes at it on that session.
 */
public final class Universes {
  /** Names of the built-in universes. */
  public static final List<String> BUILT_IN = List.of("demo_small", "demo_medium", "sp100");

  /** The session the reference prices refer to: the last NYSE session of 2024. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 12, 31);

  private static final double FALLBACK_LOWEST = 40;
  private static final int FALLBACK_SPREAD = 400;

  private Universes() {}

  /** The built-in {@code sp100}, parsed once. */
  private static final class Sp100 {
    static final Universe UNIVERSE = parseCsv(resource("sp100.csv"), "sp100").universe("sp100");
  }

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

  /** The S&P 100 with sectors, industries and reference prices. */
  public static Universe sp100() {
    return Sp100.UNIVERSE;
  }

  /**
   * The {@code sp100} reference price of {@code symbol}: its approximate share price in US dollars
   * on {@link #REFERENCE_DATE}; empty for a symbol outside {@code sp100}.
   */
  public static OptionalDouble referencePrice(String symbol) {
    return sp100().referencePrice(symbol);
  }

  /**
   * A first price per symbol, in order, for {@link io.breadthflow.ingest.sim.SimulatedTrades}: the
   * {@code sp100} reference price where the symbol has one, otherwise {@link
   * #fallbackPrice(String)}.
   */
  public static double[] startPrices(List<String> symbols) {
    double[] prices = new double[symbols.size()];
    for (int s = 0; s < prices.length; s++) {
      prices[s] = referencePrice(symbols.get(s)).orElse(fallbackPrice(symbols.get(s)));
    }
    return prices;
  }

  /**
   * A price level for a symbol without a reference price: 40 to 439 US dollars in whole dollars,
   * fixed per symbol ({@code 40 + floorMod(symbol.hashCode(), 400)}).
   */
  public static double fallbackPrice(String symbol) {
    return FALLBACK_LOWEST + Math.floorMod(symbol.hashCode(), FALLBACK_SPREAD);
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
      Parsed parsed = parseCsv(text, source);
      return withKnownSectors(
          source, parsed.members().stream().map(Instrument::symbol).toList(), parsed);
    }
    return withKnownSectors(source, symbolsOf(text, source));
  }

  private static Universe withKnownSectors(String name, List<String> symbols) {
    return withKnownSectors(name, symbols, new Parsed(List.of(), Map.of()));
  }

  private static Universe withKnownSectors(String name, List<String> symbols, Parsed given) {
    Universe sp100 = sp100();
    Map<String, Instrument> known = new LinkedHashMap<>();
    sp100.members().forEach(m -> known.put(m.symbol(), m));
    given.members().stream()
        .filter(m -> !m.sector().isEmpty())
        .forEach(m -> known.put(m.symbol(), m));
    List<Instrument> members = new ArrayList<>();
    Map<String, Double> prices = new HashMap<>();
    for (String symbol : symbols) {
      members.add(known.getOrDefault(symbol, Instrument.of(symbol)));
      Double price = given.prices().get(symbol);
      if (price != null) {
        prices.put(symbol, price);
      } else {
        sp100.referencePrice(symbol).ifPresent(p -> prices.put(symbol, p));
      }
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("universe '" + name + "' lists no symbols");
    }
    return new Universe(name, members, prices);
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

  /** Members of a CSV list and the reference prices it gives. */
  private record Parsed(List<Instrument> members, Map<String, Double> prices) {
    Universe universe(String name) {
      return new Universe(name, members, prices);
    }
  }

  private static Parsed parseCsv(String text, String source) {
    String[] lines = text.split("\r?\n");
    List<String> header = List.of(lines[0].strip().toLowerCase(Locale.ROOT).split(",", -1));
    int symbolColumn = header.indexOf("symbol");
    if (symbolColumn < 0) {
      throw new IllegalArgumentException(source + ": the header needs a 'symbol' column");
    }
    int priceColumn = header.indexOf("reference_price");
    List<Instrument> members = new ArrayList<>();
    Map<String, Double> prices = new HashMap<>();
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
        String price = cell(cells, priceColumn);
        if (!price.isEmpty()) {
          prices.put(symbol, price(price, source, i + 1));
        }
      }
    }
    return new Parsed(members, prices);
  }

  private static double price(String text, String source, int line) {
    double price;
    try {
      price = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      price = Double.NaN;
    }
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new IllegalArgumentException(
          source
              + " line "
              + line
              + ": reference_price must be a positive number of US dollars, got '"
              + text
              + "'");
    }
    return price;
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
