package io.breadthflow.stream.state;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * {@link LocalDate} fields of records (a breadth row's or a signal's session date) as Flink's own
 * {@link Types#LOCAL_DATE}: Flink's type extraction leaves {@code LocalDate} to Kryo otherwise.
 * Registered by {@link TypeRules}.
 */
public final class LocalDateTypeInfoFactory extends TypeInfoFactory<LocalDate> {
  @Override
  public TypeInformation<LocalDate> createTypeInfo(
      Type type, Map<String, TypeInformation<?>> genericParameters) {
    return Types.LOCAL_DATE;
  }
}
