package io.breadthflow.core.domain;

import java.util.Arrays;

/**
 * Which symbols of a panel belong to the universe on which session: {@code isMember(s, t)} for
 * symbol index s and session index t of a {@link DailyPanel}, precomputed once so that the hot
 * loops of breadth and backtests read an array. A point-in-time universe (an index with additions
 * and removals) gives a mask that changes through time; a fixed universe is {@link #all}. Immutable
 * and safe to share between threads.
 */
public final class MemberMask {
  private final int symbols;
  private final int sessions;

  /** {@code member[s][t]}; {@code null} when every symbol is a member of every session. */
  private final boolean[][] member;

  private MemberMask(int symbols, int sessions, boolean[][] member) {
    this.symbols = symbols;
    this.sessions = sessions;
    this.member = member;
  }

  /** Every one of {@code symbols} symbols is a member on every one of {@code sessions} sessions. */
  public static MemberMask all(int symbols, int sessions) {
    requireSize(symbols, sessions);
    return new MemberMask(symbols, sessions, null);
  }

  /**
   * The mask {@code member[s][t]}, copied; every row must have {@code sessions} entries.
   *
   * @throws IllegalArgumentException when the rows differ in length from {@code sessions}
   */
  public static MemberMask of(boolean[][] member, int sessions) {
    requireSize(member.length, sessions);
    boolean[][] copy = new boolean[member.length][];
    boolean always = true;
    for (int s = 0; s < member.length; s++) {
      if (member[s].length != sessions) {
        throw new IllegalArgumentException(
            "member row " + s + " has " + member[s].length + " sessions, expected " + sessions);
      }
      copy[s] = member[s].clone();
      for (boolean m : copy[s]) {
        always &= m;
      }
    }
    return new MemberMask(member.length, sessions, always ? null : copy);
  }

  /** Number of symbols (rows). */
  public int symbols() {
    return symbols;
  }

  /** Number of sessions (columns). */
  public int sessions() {
    return sessions;
  }

  /** True when symbol {@code s} is a member on session {@code t}. */
  public boolean isMember(int s, int t) {
    return member == null || member[s][t];
  }

  /** True when every symbol is a member on every session: a fixed universe. */
  public boolean isAlways() {
    return member == null;
  }

  /** Number of members on session {@code t}. */
  public int count(int t) {
    if (member == null) {
      return symbols;
    }
    int count = 0;
    for (boolean[] row : member) {
      count += row[t] ? 1 : 0;
    }
    return count;
  }

  /** Writes the membership of session {@code t} into {@code into[s]} (no allocation). */
  public void session(int t, boolean[] into) {
    for (int s = 0; s < symbols; s++) {
      into[s] = isMember(s, t);
    }
  }

  /** The mask of the symbols at {@code rows} only, in that order (a sector, any subset). */
  public MemberMask select(int[] rows) {
    if (member == null) {
      return all(rows.length, sessions);
    }
    boolean[][] selected = new boolean[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      selected[i] = member[rows[i]];
    }
    return of(selected, sessions);
  }

  /**
   * The first {@code sessions} sessions of this mask, for a panel cut the same way (no later
   * session is kept).
   *
   * @throws IllegalArgumentException when {@code sessions} is negative or above {@link #sessions()}
   */
  public MemberMask firstSessions(int sessions) {
    if (sessions < 0 || sessions > this.sessions) {
      throw new IllegalArgumentException(
          "sessions must be between 0 and " + this.sessions + ", got " + sessions);
    }
    if (member == null) {
      return all(symbols, sessions);
    }
    boolean[][] cut = new boolean[symbols][];
    for (int s = 0; s < symbols; s++) {
      cut[s] = Arrays.copyOf(member[s], sessions);
    }
    return of(cut, sessions);
  }

  /**
   * This mask with symbol {@code s} a member of every session: a symbol read alongside the universe
   * (such as a benchmark) whose membership is not in question.
   */
  public MemberMask withAlways(int s) {
    if (member == null) {
      return this;
    }
    boolean[][] changed = Arrays.copyOf(member, symbols);
    changed[s] = new boolean[sessions];
    Arrays.fill(changed[s], true);
    return of(changed, sessions);
  }

  private static void requireSize(int symbols, int sessions) {
    if (symbols < 0 || sessions < 0) {
      throw new IllegalArgumentException(
          "a mask needs 0 or more symbols and sessions, got " + symbols + " and " + sessions);
    }
  }
}
