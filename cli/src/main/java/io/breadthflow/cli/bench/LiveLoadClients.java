package io.breadthflow.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The client side of {@code bf bench live}, run as its own process: opens N WebSocket clients on
 * {@code /ws/live}, subscribes each to every bar, prints {@code ready}, then counts the messages
 * (several per frame when they waited together) and their latency (from the {@code sent_nanos} the
 * server stamped; {@code System.nanoTime} is the machine's monotonic clock, shared by processes on
 * Linux) and prints one result line.
 *
 * <p>Arguments: URL CLIENTS MESSAGES_PER_CLIENT TIMEOUT_SECONDS.
 */
public final class LiveLoadClients {
  private LiveLoadClients() {}

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    int count = Integer.parseInt(args[1]);
    int expected = Integer.parseInt(args[2]);
    long timeoutSeconds = Long.parseLong(args[3]);
    CountDownLatch subscribed = new CountDownLatch(count);
    CountDownLatch finished = new CountDownLatch(count);
    List<Client> clients = new ArrayList<>();
    List<HttpClient> https = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      https.add(HttpClient.newHttpClient());
    }
    for (int i = 0; i < count; i++) {
      Client client = new Client(expected, subscribed, finished);
      https.get(i % https.size()).newWebSocketBuilder().buildAsync(uri, client).join();
      clients.add(client);
    }
    if (!subscribed.await(30, TimeUnit.SECONDS)) {
      System.out.println("error: clients did not subscribe");
      System.exit(1);
    }
    System.out.println("ready");
    System.out.flush();
    finished.await(timeoutSeconds, TimeUnit.SECONDS);
    int[] counts = clients.stream().mapToInt(c -> c.received).toArray();
    int[] all = new int[Arrays.stream(counts).sum()];
    int at = 0;
    int closed = 0;
    for (int i = 0; i < counts.length; i++) {
      System.arraycopy(clients.get(i).latencyMicros, 0, all, at, counts[i]);
      at += counts[i];
      closed += clients.get(i).closed ? 1 : 0;
    }
    long received = all.length;
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "result received=%d closed=%d p50_us=%d p99_us=%d max_us=%d%n",
        received,
        closed,
        percentile(all, 0.50),
        percentile(all, 0.99),
        all.length == 0 ? -1 : all[all.length - 1]);
    System.out.flush();
    System.exit(0);
  }

  private static int percentile(int[] sorted, double p) {
    return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }

  /** One client: counts bar messages and their latency. */
  private static final class Client implements WebSocket.Listener {
    private static final String STAMP = "\"sent_nanos\":";
    private final int[] latencyMicros;
    private final CountDownLatch subscribed;
    private final CountDownLatch finished;
    private final StringBuilder partial = new StringBuilder();
    private volatile int received;
    private volatile boolean closed;

    Client(int expected, CountDownLatch subscribed, CountDownLatch finished) {
      this.latencyMicros = new int[expected];
      this.subscribed = subscribed;
      this.finished = finished;
    }

    @Override
    public void onOpen(WebSocket socket) {
      socket.sendText("{\"action\":\"subscribe\",\"channels\":[\"bars\"]}", true);
      socket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        onMessage(partial);
        partial.setLength(0);
      }
      return null;
    }

    private void onMessage(CharSequence message) {
      String text = message.toString();
      if (text.contains("\"subscribed\"")) {
        subscribed.countDown();
      }
      long now = System.nanoTime();
      int stamp = text.indexOf(STAMP);
      while (stamp >= 0) {
        int start = stamp + STAMP.length();
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        long sent = Long.parseLong(text, start, end, 10);
        if (received < latencyMicros.length) {
          latencyMicros[received] = (int) ((now - sent) / 1_000);
          received++;
          if (received == latencyMicros.length) {
            finished.countDown();
          }
        }
        stamp = text.indexOf(STAMP, end);
      }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      closed = true;
      finished.countDown();
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closed = true;
      finished.countDown();
    }
  }
}
