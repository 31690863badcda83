package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;

/**
 * One session's bars of every symbol as contiguous arrays (index s), so that per-session loops read
 * memory in order. The panel is symbol-major; reading it one session at a time would touch a
 * different page per symbol, so sessions are transposed in blocks of {@value #BLOCK}, each symbol's
 * run read contiguously, and each field only when first asked for. Over a point-in-time universe it
 * also gives the session's members ({@link #members()}). Reused from session to session: read it
 * during the call it is passed to, never keep it.
 */
public final class SessionBars {
  private static final int BLOCK = 64;

  private final DailyPanel panel;
  private final MemberMask members;
  private final boolean[] memberRow;
  private int memberSession = -1;
  private final double[][] open;
  private final double[][] high;
  private final double[][] low;
  private final double[][] close;
  private final double[][] volume;
  private final int[] loadedBlock = {-1, -1, -1, -1, -1};
  private int blockStart = -BLOCK;
  private int index = -1;
  private int row;

  SessionBars(DailyPanel panel, MemberMask members) {
    this.panel = panel;
    this.members = members;
    int symbols = panel.symbols().size();
    memberRow = members.isAlways() ? null : new boolean[symbols];
    open = new double[BLOCK][symbols];
    high = new double[BLOCK][symbols];
    low = new double[BLOCK][symbols];
    close = new double[BLOCK][symbols];
    volume = new double[BLOCK][symbols];
  }

  /** Moves to session {@code t}. */
  void load(int t) {
    index = t;
    if (t < blockStart || t >= blockStart + BLOCK) {
      blockStart = t;
    }
    row = t - blockStart;
  }

  /**
   * The block of {@code field} (0 open … 4 volume) holding the current session, transposed on first
   * use.
   */
  private double[] field(int field, double[][] from, double[][] to) {
    if (loadedBlock[field] != blockStart) {
      loadedBlock[field] = blockStart;
      transpose(from, to, blockStart, Math.min(BLOCK, panel.sessions().length - blockStart));
    }
    return to[row];
  }

  private static void transpose(double[][] from, double[][] to, int start, int length) {
    for (int s = 0; s < from.length; s++) {
      double[] series = from[s];
      for (int k = 0; k < length; k++) {
        to[k][s] = series[start + k];
      }
    }
  }

  /** Index of the session in the panel. */
  public int index() {
    return index;
  }

  /** The session's date. */
  public LocalDate date() {
    return panel.sessions()[index];
  }

  /**
   * Which symbols are members of the universe on this session ({@code members()[s]}), filled on
   * first use; {@code null} when every symbol is a member of every session (a fixed universe).
   */
  public boolean[] members() {
    if (memberRow != null && memberSession != index) {
      memberSession = index;
      members.session(index, memberRow);
    }
    return memberRow;
  }

  /** Opening prices by symbol, {@code NaN} where a symbol has no bar. */
  public double[] open() {
    return field(0, panel.open(), open);
  }

  /** Highs by symbol. */
  public double[] high() {
    return field(1, panel.high(), high);
  }

  /** Lows by symbol. */
  public double[] low() {
    return field(2, panel.low(), low);
  }

  /** Closes by symbol, {@code NaN} where a symbol has no bar. */
  public double[] close() {
    return field(3, panel.close(), close);
  }

  /** Volumes by symbol. */
  public double[] volume() {
    return field(4, panel.volume(), volume);
  }
}
