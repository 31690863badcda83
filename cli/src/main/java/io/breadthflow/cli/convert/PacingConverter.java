package io.breadthflow.cli.convert;

import io.breadthflow.stream.source.Pacing;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --speed N|max}: replay at N times real time, or as fast as possible. */
public final class PacingConverter implements ITypeConverter<Pacing> {
  @Override
  public Pacing convert(String text) {
    if (text.strip().equals("max")) {
      return Pacing.AS_FAST_AS_POSSIBLE;
    }
    try {
      double value = Double.parseDouble(text);
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new NumberFormatException();
      }
      return new Pacing(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("must be a positive number or max, got '" + text + "'");
    }
  }
}
