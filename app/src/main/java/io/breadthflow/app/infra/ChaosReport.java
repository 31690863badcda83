package io.breadthflow.app.infra;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code bf infra chaos} found: for each trial the process killed and how long the job took to
 * commit output again.
 *
 * @param jobId the job the trials ran under
 * @param trials every trial in order
 */
public record ChaosReport(String jobId, List<Trial> trials) {
  public ChaosReport {
    trials = List.copyOf(trials);
  }

  /**
   * One kill.
   *
   * @param victim the process killed
   * @param recovery from the kill to the job's next completed checkpoint (its output committed)
   * @param jobState the job's state afterwards
   */
  public record Trial(String victim, Duration recovery, String jobState) {}

  /** The slowest recovery. */
  public Duration longest() {
    return trials.stream()
        .map(Trial::recovery)
        .max(Comparator.naturalOrder())
        .orElse(Duration.ZERO);
  }

  /** The median recovery. */
  public Duration median() {
    List<Duration> sorted = trials.stream().map(Trial::recovery).sorted().toList();
    return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2);
  }
}
