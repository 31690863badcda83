package io.breadthflow.cli.convert;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.data.Provider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code yahoo}, {@code alphavantage} or {@code sim}. */
public final class ProviderConverter implements ITypeConverter<Provider> {
  @Override
  public Provider convert(String text) {
    try {
      return Provider.of(text);
    } catch (UseCaseException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
