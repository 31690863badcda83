package io.breadthflow.app.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal SMTP server on loopback for the demo: it accepts every message (no TLS, no login) and
 * keeps it, so that {@code bf demo} shows an e-mail notification arriving without a mail server.
 * Speaks HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP and QUIT. Not for production use. Thread-safe.
 */
public final class LocalSmtpServer implements AutoCloseable {
  /**
   * One message received.
   *
   * @param recipients the RCPT TO addresses
   * @param messageId its Message-ID header, empty when none
   * @param subject its Subject header (as sent, possibly encoded), empty when none
   * @param data the whole message as received
   */
  public record Mail(List<String> recipients, String messageId, String subject, String data) {
    public Mail {
      recipients = List.copyOf(recipients);
    }
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Mail> mails = new ArrayList<>();

  private LocalSmtpServer(int port) {
    try {
      socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.execute(this::accept);
  }

  /** Starts a server on 127.0.0.1:{@code port} (0 for any free port). */
  public static LocalSmtpServer start(int port) {
    return new LocalSmtpServer(port);
  }

  /** The port it listens on (for {@code BF_SMTP_PORT}, with {@code BF_SMTP_TLS=none}). */
  public int port() {
    return socket.getLocalPort();
  }

  /** The messages received, in order. */
  public synchronized List<Mail> mails() {
    return List.copyOf(mails);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        threads.execute(() -> converse(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream()) {
      reply(out, "220 localhost BreadthFlow demo SMTP");
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line : line.substring(0, 4);
        switch (command.toUpperCase(Locale.ROOT)) {
          case "HELO", "EHLO", "NOOP" -> reply(out, "250 localhost");
          case "MAIL" -> {
            recipients.clear();
            reply(out, "250 OK");
          }
          case "RCPT" -> {
            recipients.add(address(line));
            reply(out, "250 OK");
          }
          case "RSET" -> {
            recipients.clear();
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            keep(recipients, data(in));
            recipients.clear();
            reply(out, "250 OK");
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static String data(BufferedReader in) throws IOException {
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return data.toString();
  }

  private synchronized void keep(List<String> recipients, String data) {
    mails.add(new Mail(recipients, header(data, "message-id"), header(data, "subject"), data));
  }

  private static String header(String data, String name) {
    for (String line : data.split("\r\n")) {
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return "";
  }

  private static String address(String line) {
    int open = line.indexOf('<');
    int close = line.indexOf('>');
    return open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(8).strip();
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      threads.shutdownNow();
    }
  }
}
