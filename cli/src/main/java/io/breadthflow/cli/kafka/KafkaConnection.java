package io.breadthflow.cli.kafka;

import io.breadthflow.cli.UsageException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Kafka calls from the CLI: a missing or unreachable cluster is a one-line usage error. */
final class KafkaConnection {
  private KafkaConnection() {}

  static String require(KafkaOptions options) {
    String bootstrap = options.bootstrap();
    if (bootstrap == null) {
      throw new UsageException(
          "no Kafka cluster: give --kafka HOST:PORT or set BF_KAFKA_BOOTSTRAP");
    }
    return bootstrap;
  }

  static <T> T call(String bootstrap, Callable<T> work) {
    try {
      return work.call();
    } catch (TimeoutException | ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new UsageException("cannot reach Kafka at " + bootstrap + ": " + cause.getMessage());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new UsageException("Kafka at " + bootstrap + ": " + e.getMessage());
    }
  }
}
