package io.breadthflow.app.kafka;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.stream.kafka.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaException;

/** Calls to a Kafka cluster: an unreachable one is a one-line error naming it. */
public final class KafkaCluster {
  private KafkaCluster() {}

  /** Creates the topics that are missing; all of them with their partitions. */
  public static List<Topics.Info> ensureTopics(String bootstrap) {
    return reach(bootstrap, () -> Topics.ensure(bootstrap));
  }

  /**
   * The result of {@code call} on the cluster at {@code bootstrap}.
   *
   * @throws UseCaseException when the cluster cannot be reached
   */
  public static <T> T reach(String bootstrap, Callable<T> call) {
    try {
      return call.call();
    } catch (TimeoutException | ExecutionException | KafkaException e) {
      throw UseCaseException.invalid("cannot reach Kafka at " + bootstrap);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw UseCaseException.invalid("Kafka at " + bootstrap + " failed the request");
    }
  }
}
