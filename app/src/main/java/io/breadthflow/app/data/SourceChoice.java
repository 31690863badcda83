package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;

/**
 * A provider and, for the simulator, its seed.
 *
 * @param provider where bars come from
 * @param seed the simulator's seed (ignored by the others)
 */
public record SourceChoice(Provider provider, long seed) {
  public SourceChoice {
    UseCaseException.required(provider, "a provider");
  }

  /** The simulator's default seed. */
  public static final long DEFAULT_SEED = 42;

  /** {@code provider} with the default seed. */
  public static SourceChoice of(Provider provider) {
    return new SourceChoice(provider, DEFAULT_SEED);
  }
}
