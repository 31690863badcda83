package io.breadthflow.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DomainRecordsTest {

  @Test
  void intervalsParseFromTheirCodes() {
    assertThat(Interval.parse("1m")).isEqualTo(Interval.ONE_MINUTE);
    assertThat(Interval.parse(" 5M ")).isEqualTo(Interval.FIVE_MINUTES);
    assertThat(Interval.parse("15m")).isEqualTo(Interval.FIFTEEN_MINUTES);
    assertThat(Interval.parse("1h")).isEqualTo(Interval.ONE_HOUR);
    assertThat(Interval.parse("1d")).isEqualTo(Interval.ONE_DAY);
    assertThat(Interval.ONE_HOUR.isIntraday()).isTrue();
    assertThat(Interval.ONE_DAY.isIntraday()).isFalse();
  }

  @Test
  void unknownIntervalIsRejectedNamingTheAcceptedCodes() {
    assertThatThrownBy(() -> Interval.parse("2h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must be one of 1m, 5m, 15m, 1h, 1d but was '2h'");
  }

  @Test
  void dailyBarStartsAtTheSessionOpenAndKnowsItsSession() {
    Bar bar = Bar.daily("AAPL", LocalDate.of(2016, 7, 5), 95.4, 95.8, 94.5, 95.5, 27_000_000);
    assertThat(bar.start()).isEqualTo(Instant.parse("2016-07-05T13:30:00Z"));
    assertThat(bar.sessionDate()).isEqualTo(LocalDate.of(2016, 7, 5));
    assertThat(bar.hasVwap()).isFalse();
    assertThat(bar.hasTradeCount()).isFalse();
  }

  @Test
  void instrumentsValidateTheirSymbolAndDefaultMissingFields() {
    assertThat(Instrument.of("BRK.B").sector()).isEmpty();
    assertThatThrownBy(() -> Instrument.of("aapl"))
        .hasMessageContaining("symbol must be 1-15 upper-case letters");
    assertThat(Symbols.isValid("BF-B")).isTrue();
    assertThat(Symbols.isValid("")).isFalse();
  }

  @Test
  void tradeDefaultsMissingVenueAndConditions() {
    Trade trade =
        new Trade("IBM", Instant.parse("2013-10-07T13:30:00.123Z"), 184.5, 100, null, null);
    assertThat(trade.venue()).isEmpty();
    assertThat(trade.conditions()).isEmpty();
  }
}
