package io.breadthflow.cli.convert;

import io.breadthflow.app.UserText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * ISO dates ({@code 2024-01-31}), with a one-line message and no parser detail when invalid; every
 * date option of {@code bf} is read with it.
 */
public final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + UserText.quoted(text) + "' is not a date YYYY-MM-DD");
    }
  }
}
