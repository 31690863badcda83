package io.breadthflow.cli.convert;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.LogFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code text} or {@code json}. */
public final class LogFormatConverter implements ITypeConverter<LogFormat> {
  @Override
  public LogFormat convert(String text) {
    try {
      return LogFormat.parse(text);
    } catch (UseCaseException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
