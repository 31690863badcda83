package io.breadthflow.cli.convert;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.indicators.Convention;
import io.breadthflow.core.indicator.Seeding;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code ta-lib} or {@code tradingview}. */
public final class ConventionConverter implements ITypeConverter<Seeding> {
  @Override
  public Seeding convert(String text) {
    try {
      return Convention.parse(text);
    } catch (UseCaseException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
