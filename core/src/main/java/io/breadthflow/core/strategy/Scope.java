package io.breadthflow.core.strategy;

/** Which stocks a breadth condition counts. */
public enum Scope {
  /** Every member of the run's universe. */
  UNIVERSE("universe"),
  /**
   * The members of the judged symbol's own GICS sector; a symbol without a sector has no sector
   * breadth, so its sector conditions never hold.
   */
  SECTOR("sector");

  private final String code;

  Scope(String code) {
    this.code = code;
  }

  /** The name in a strategy file. */
  public String code() {
    return code;
  }

  /** The scope named {@code code}. */
  public static Scope parse(String code) {
    for (Scope scope : values()) {
      if (scope.code.equals(code)) {
        return scope;
      }
    }
    throw new IllegalArgumentException("unknown scope '" + code + "': use universe or sector");
  }
}
