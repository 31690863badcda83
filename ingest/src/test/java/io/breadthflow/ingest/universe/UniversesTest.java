package io.breadthflow.ingest.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
