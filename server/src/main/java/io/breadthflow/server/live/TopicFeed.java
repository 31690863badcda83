package io.breadthflow.server.live;

import io.breadthflow.core.live.LiveHub;
import io.breadthflow.stream.kafka.LiveRecords;
import io.breadthflow.stream.kafka.OutputTopics;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a server's live hub from the output topics ({@code bars}, {@code trading-signals}, {@code
 * alerts}, {@code pipeline-events}), so that every API server of a deployment pushes what a job
 * anywhere produced. One thread, one read-committed consumer in the server's own group, from the
 * latest offsets (nothing is committed: a restarted server pushes what happens from then on, not
 * what it missed). A broker that goes away is the Kafka client's to reconnect to; a record that
 * does not decode is logged and skipped; nothing here stops the server.
 */
public final class TopicFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TopicFeed.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final LiveHub hub;
  private final LiveRecords records = new LiveRecords();
  private final AtomicBoolean listening = new AtomicBoolean();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Thread thread;

  private TopicFeed(String bootstrap, String group, LiveHub hub) {
    this.hub = hub;
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                group,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                // the topics are created by bf kafka topics with their partitions, never by a
                // reader
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                10_000,
                ConsumerConfig.CLIENT_ID_CONFIG,
                group),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "topic-feed");
    thread.setDaemon(true);
  }

  /**
   * Starts consuming at {@code bootstrap} as consumer group {@code group} (one per server process)
   * and publishing on {@code hub}.
   */
  public static TopicFeed start(String bootstrap, String group, LiveHub hub) {
    TopicFeed feed = new TopicFeed(bootstrap, group, hub);
    feed.thread.start();
    return feed;
  }

  /**
   * Whether the consumer holds its partitions with their positions resolved: what is committed from
   * now on reaches the hub.
   */
  public boolean listening() {
    return listening.get();
  }

  private void run() {
    try {
      consumer.subscribe(OutputTopics.ALL, new Positions());
      while (closing.getCount() > 0) {
        poll();
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void poll() {
    try {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
        publish(record);
      }
    } catch (WakeupException e) {
      throw e;
    } catch (KafkaException e) {
      // the client retries connections itself; an error here is logged and the loop goes on
      LOG.warn("reading the output topics failed; retrying", e);
      pause();
    }
  }

  private void pause() {
    try {
      closing.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closing.countDown();
    }
  }

  private void publish(ConsumerRecord<byte[], byte[]> record) {
    try {
      records.decode(record.topic(), record.value()).ifPresent(hub::publish);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "skipped {}-{}@{}: not a live record ({})",
          record.topic(),
          record.partition(),
          record.offset(),
          e.toString());
    }
  }

  /** Stops consuming; returns once the consumer has left its group (or after ten seconds). */
  @Override
  public void close() {
    closing.countDown();
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Resolves the positions of new partitions at once, so that {@link #listening()} is exact. */
  private final class Positions implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      partitions.forEach(consumer::position);
      listening.set(!consumer.assignment().isEmpty());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      listening.set(false);
    }
  }
}
