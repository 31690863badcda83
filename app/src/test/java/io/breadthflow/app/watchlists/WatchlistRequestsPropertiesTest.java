package io.breadthflow.app.watchlists;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.users.ProfileUpdate;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Profile and watchlist requests and imported files built from arbitrary text: a value, or a {@link
 * UseCaseException} with a one-line message; never another exception.
 */
class WatchlistRequestsPropertiesTest {

  @Property(tries = 500)
  void namesAndSymbols(@ForAll("texts") String text) {
    validOrRefused(() -> new WatchlistName(text));
    validOrRefused(() -> new WatchlistSymbol(text));
    validOrRefused(() -> ListFormat.parse(text));
    validOrRefused(() -> ImportMode.parse(text));
  }

  @Property(tries = 500)
  void profiles(
      @ForAll("texts") String name, @ForAll("texts") String email, @ForAll("zones") String zone) {
    validOrRefused(() -> ProfileUpdate.of(name, email, zone));
  }

  @Property(tries = 300)
  void orders(@ForAll("symbolLists") List<String> symbols) {
    validOrRefused(() -> SymbolOrder.of(symbols));
    validOrRefused(() -> new ListOrder(symbols.stream().map(s -> (long) s.length()).toList()));
  }

  @Property(tries = 500)
  void importedFilesAreParsedOrRefusedWithEveryRejectionOnOneLine(
      @ForAll("files") String text, @ForAll boolean csv) {
    ListFormat format = csv ? ListFormat.CSV : ListFormat.TXT;
    ListText.Parsed parsed;
    try {
      parsed = ListText.parse(format, text);
    } catch (UseCaseException e) {
      assertThat(format).isEqualTo(ListFormat.CSV);
      assertThat(e.getMessage()).doesNotContain("\n", "\r");
      return;
    }
    for (RejectedLine rejected : parsed.rejected()) {
      assertThat(rejected.line()).isPositive();
      assertThat(rejected.text() + rejected.reason()).doesNotContain("\n", "\r");
    }
    for (ListText.Entry entry : parsed.symbols()) {
      assertThat(new WatchlistSymbol(entry.symbol()).value()).isEqualTo(entry.symbol());
    }
  }

  private static void validOrRefused(Supplier<?> build) {
    try {
      assertThat(build.get()).isNotNull();
    } catch (UseCaseException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
            Tuple.of(
                3,
                Arbitraries.of(
                    "AAPL", " msft ", "BRK.B", "", " ", "Tech", "a@example.com", "txt", "CSV")),
            Tuple.of(2, Arbitraries.strings().ofMaxLength(80)),
            Tuple.of(1, Arbitraries.strings().withChars("\n\r\t\u2028 #,\"a@.").ofMaxLength(20)))
        .injectNull(0.05);
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.oneOf(
        Arbitraries.of("UTC", "Europe/Paris", "+02:00", "Z", "GMT+2", "Mars/Olympus", "")
            .injectNull(0.1),
        Arbitraries.strings().ofMaxLength(30));
  }

  @Provide
  Arbitrary<List<String>> symbolLists() {
    return texts().filter(s -> s != null).list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of("symbol,name", "AAPL", "msft, nvda", "# note", "\"A,B\",C", "\"open"),
            Arbitraries.strings().ofMaxLength(40));
    return line.list().ofMaxSize(15).map(lines -> String.join("\n", lines));
  }
}
