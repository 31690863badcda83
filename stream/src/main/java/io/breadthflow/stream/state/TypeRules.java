package io.breadthflow.stream.state;

import java.time.LocalDate;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The serialization rules of every job of the pipeline: no Kryo fallback for generic types ({@code
 * pipeline.generic-types: false}: a record or state type without an explicit serializer fails the
 * job when it is built, not at the first checkpoint of a state that cannot evolve), and Flink's own
 * type information for the JDK types its extraction leaves to Kryo.
 */
public final class TypeRules {
  private TypeRules() {}

  /** The rules as configuration, for an environment's or a cluster's configuration. */
  public static final Configuration CONFIG = config();

  /** Applies the rules to {@code env}. */
  public static void apply(StreamExecutionEnvironment env) {
    registerFactories();
    env.configure(CONFIG);
  }

  /** Adds the rules to {@code config}. */
  public static void addTo(Configuration config) {
    registerFactories();
    config.addAll(CONFIG);
  }

  /**
   * Registers the type-information factories with Flink's type extraction, once per JVM (the
   * registry is static; {@code pipeline.serialization-config} would register them again for every
   * job and fail on the second).
   */
  private static synchronized void registerFactories() {
    if (TypeExtractor.getTypeInfoFactory(LocalDate.class) == null) {
      TypeExtractor.registerFactory(LocalDate.class, LocalDateTypeInfoFactory.class);
    }
  }

  private static Configuration config() {
    Configuration config = new Configuration();
    config.set(PipelineOptions.GENERIC_TYPES, false);
    return config;
  }
}
