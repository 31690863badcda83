package io.breadthflow.app.breadth;

/**
 * One breadth column as the API and the dashboard describe it.
 *
 * @param key the column's name in the CSV header and the JSON rows ({@code ad_percent})
 * @param name a short title ("AD Percent")
 * @param definition how it is computed, in one or two sentences (the full conventions, sources and
 *     warm-ups are in {@link io.breadthflow.core.breadth.BreadthEngine} and {@link
 *     io.breadthflow.core.breadth.BreadthCatalogue})
 * @param source where the definition is published
 * @param kind what its values are
 * @param columns the set of columns that holds it: today's, or the catalogue's only
 */
public record BreadthIndicator(
    String key,
    String name,
    String definition,
    String source,
    Kind kind,
    BreadthRequest.Columns columns) {

  /** What a column's values are. */
  public enum Kind {
    /** A count of stocks per session. */
    COUNT,
    /** A level: a ratio, an average, a running sum. */
    LEVEL,
    /** A percentage, 0 to 100, or −100 to 100 for a net percentage. */
    PERCENT,
    /** An event of the session ({@code none}, or its kind), drawn as a marker, not as a line. */
    EVENT
  }

  public BreadthIndicator {
    if (key == null || name == null || definition == null || source == null || kind == null) {
      throw new IllegalArgumentException("a breadth indicator needs every field");
    }
    if (columns == null) {
      throw new IllegalArgumentException("columns: the set of columns is required");
    }
  }
}
