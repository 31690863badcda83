package io.breadthflow.cli.convert;

import io.breadthflow.core.domain.Interval;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Bar intervals as people type them: {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h}, {@code 1d}.
 */
public final class IntervalConverter implements ITypeConverter<Interval> {
  @Override
  public Interval convert(String text) {
    try {
      return Interval.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
