package io.breadthflow.app.universe;

/** The two CSV forms a membership history is imported from. */
public enum MembershipForm {
  /** {@code ticker,start_date,end_date[,sector]}: one row per membership interval. */
  INTERVALS,
  /**
   * {@code date,add,remove}: the published index changes, applied on top of the universe's stored
   * history.
   */
  CHANGES
}
