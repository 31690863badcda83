package io.breadthflow.cli.convert;

import io.breadthflow.core.adjust.Adjustment;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code raw}, {@code split} or {@code total-return}. */
public final class AdjustmentConverter implements ITypeConverter<Adjustment> {
  @Override
  public Adjustment convert(String text) {
    try {
      return Adjustment.of(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
