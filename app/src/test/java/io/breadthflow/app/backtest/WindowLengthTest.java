package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowLengthTest {
  @Test
  void parsesDaysWeeksMonthsAndYears() {
    assertThat(WindowLength.parse("2y").period()).isEqualTo(Period.ofYears(2));
    assertThat(WindowLength.parse("6m").period()).isEqualTo(Period.ofMonths(6));
    assertThat(WindowLength.parse(" 3W ").period()).isEqualTo(Period.ofWeeks(3));
    assertThat(WindowLength.parse("45d").period()).isEqualTo(Period.ofDays(45));
    assertThat(WindowLength.parse("18m")).hasToString("18m");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "y", "2", "2x", "-2y", "1.5y", "0m", "99999d"})
  void refusesTextThatIsNotAWholeNumberOfUnits(String text) {
    assertThatThrownBy(() -> WindowLength.parse(text)).isInstanceOf(UseCaseException.class);
  }

  @Test
  void rangeChecksCompareByMeanLengthInclusively() {
    WindowLength.parse("4w").checked("test", WindowLength.TEST_MIN, WindowLength.TEST_MAX);
    WindowLength.parse("20y").checked("train", WindowLength.TRAIN_MIN, WindowLength.TRAIN_MAX);
    WindowLength.parse("1m").checked("train", WindowLength.TRAIN_MIN, WindowLength.TRAIN_MAX);
    assertThatThrownBy(
            () ->
                WindowLength.parse("29d")
                    .checked("train", WindowLength.TRAIN_MIN, WindowLength.TRAIN_MAX))
        .hasMessage("train must be between 1m and 20y, got 29d");
    assertThatThrownBy(
            () ->
                WindowLength.parse("61m")
                    .checked("test", WindowLength.TEST_MIN, WindowLength.TEST_MAX))
        .hasMessage("test must be between 1w and 5y, got 61m");
  }
}
