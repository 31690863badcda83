package io.breadthflow.ingest.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Instrument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniversesTest {
  @TempDir Path dir;

  @Test
  void builtInUniversesHaveTheirSizesAndSp100HasSectorsAndIndustries() {
    assertThat(Universes.load("demo_small").symbols())
        .containsExactly("AAPL", "MSFT", "GOOGL", "AMZN");
    assertThat(Universes.load("demo_medium").symbols()).hasSize(20);
    Universe sp100 = Universes.load("sp100");
    assertThat(sp100.symbols()).hasSize(101).doesNotHaveDuplicates().contains("BRK.B", "GOOG");
    assertThat(sp100.members()).allMatch(m -> !m.sector().isEmpty() && !m.industry().isEmpty());
    assertThat(sp100.symbolsBySector()).hasSize(11);
  }

  @Test
  void demoUniversesTakeTheirSectorsFromSp100() {
    assertThat(Universes.load("demo_small").symbolsBySector())
        .containsKeys("Information Technology", "Communication Services");
  }

  @Test
  void textFileListsOneSymbolPerLineSkippingCommentsBlanksAndRepeats() throws Exception {
    Path list = Files.writeString(dir.resolve("mine.txt"), "# my list\naapl\n\nXYZ\nAAPL\n");

    Universe universe = Universes.load(list.toString());

    assertThat(universe.symbols()).containsExactly("AAPL", "XYZ");
    assertThat(universe.members().get(1).sector()).isEmpty();
  }

  @Test
  void csvFileReadsSymbolAndSectorColumns() throws Exception {
    Path list = Files.writeString(dir.resolve("mine.csv"), "sector,symbol\nEnergy,ABC\n,AAPL\n");

    Universe universe = Universes.load(list.toString());

    assertThat(universe.symbolsBySector().get("Energy")).containsExactly("ABC");
    assertThat(universe.members().get(1).sector()).isEqualTo("Information Technology");
  }

  @Test
  void everySp100MemberHasAReferencePriceAndOtherListsTakeThemBySymbol() {
    Universe sp100 = Universes.sp100();
    assertThat(sp100.symbols()).allMatch(s -> sp100.referencePrice(s).orElse(0) > 0);
    assertThat(sp100.referencePrice("WMT")).hasValue(90);
    assertThat(sp100.referencePrice("BKNG")).hasValue(4968);
    assertThat(sp100.referencePrice("F")).hasValue(9.90);
    assertThat(Universes.load("demo_small").referencePrice("AAPL")).hasValue(250);
    assertThat(Universes.load("demo_small").referencePrice("WMT")).as("not a member").isEmpty();
    assertThat(Universes.referencePrice("XYZ")).isEmpty();
  }

  @Test
  void startPricesAreTheReferencePriceOrAFallbackFixedPerSymbol() {
    assertThat(Universes.startPrices(List.of("WMT", "XYZ", "F")))
        .containsExactly(90, 40 + 217, 9.90);
    assertThat(Universes.fallbackPrice("XYZ")).isEqualTo(257);
    assertThat(Universes.of(List.of("XYZ", "WMT")).startPrices()).containsExactly(257, 90);
  }

  @Test
  void csvFileMayGiveReferencePricesWhichOverrideSp100s() throws Exception {
    Path list =
        Files.writeString(
            dir.resolve("mine.csv"), "symbol,reference_price\nABC,12.5\nWMT,95\nKO,\n");

    Universe universe = Universes.load(list.toString());

    assertThat(universe.referencePrice("ABC")).hasValue(12.5);
    assertThat(universe.referencePrice("WMT")).hasValue(95);
    assertThat(universe.referencePrice("KO")).as("blank: sp100's").hasValue(62);
    Path bad = Files.writeString(dir.resolve("bad.csv"), "symbol,reference_price\nABC,-3\n");
    assertThatThrownBy(() -> Universes.load(bad.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(
            "line 2: reference_price must be a positive number of US dollars, got '-3'");
  }

  @Test
  void referencePriceOfANonMemberOrNotPositiveIsRejected() {
    List<Instrument> one = List.of(Instrument.of("ABC"));
    assertThatThrownBy(() -> new Universe("u", one, Map.of("XYZ", 1.0)))
        .hasMessage("referencePrices: 'XYZ' is not a member of universe u");
    assertThatThrownBy(() -> new Universe("u", one, Map.of("ABC", Double.NaN)))
        .hasMessage("referencePrices: ABC must be positive and finite");
  }

  @Test
  void unknownNameInvalidSymbolAndEmptyListAreClearErrors() throws Exception {
    assertThatThrownBy(() -> Universes.load("sp9000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a built-in name [demo_small, demo_medium, sp100]");
    Path bad = Files.writeString(dir.resolve("bad.txt"), "AAPL\nnot a symbol\n");
    assertThatThrownBy(() -> Universes.load(bad.toString()))
        .hasMessageContaining("line 2: 'NOT A SYMBOL' is not a valid symbol");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing\n");
    assertThatThrownBy(() -> Universes.load(empty.toString()))
        .hasMessageContaining("lists no symbols");
    Path noSymbol = Files.writeString(dir.resolve("x.csv"), "ticker\nAAPL\n");
    assertThatThrownBy(() -> Universes.load(noSymbol.toString()))
        .hasMessageContaining("needs a 'symbol' column");
  }
}
