package io.breadthflow.app.notify.channel;

import io.breadthflow.app.config.NotificationSettings.Smtp;
import io.breadthflow.app.config.NotificationSettings.SmtpTls;
import io.breadthflow.store.StoredNotification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The e-mail channel: a multipart/alternative message (plain text and HTML, both filled from the
 * templates {@code email.txt} and {@code email.html} beside this class, with the webhook's
 * placeholders) over SMTP. Its {@code Message-ID} is derived from the firing key, so a repeat of a
 * delivery whose acknowledgement was lost is recognisably the same message. Thread-safe.
 */
public final class EmailSender implements Sender {
  private static final String PLAIN = template("email.txt");
  private static final String HTML = template("email.html");

  private final Optional<Smtp> smtp;
  private final Clock clock;
  private final Duration timeout;

  public EmailSender(Optional<Smtp> smtp, Clock clock, Duration timeout) {
    this.smtp = smtp;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public Outcome send(Outgoing outgoing) {
    if (smtp.isEmpty()) {
      return Outcome.skipped("e-mail is not set up on this server");
    }
    if (outgoing.email().isEmpty()) {
      return Outcome.skipped("no e-mail address is set");
    }
    Smtp server = smtp.get();
    StoredNotification n = outgoing.notification();
    Map<String, String> values =
        Placeholders.values(n.firing(), outgoing.message(), n.firingKey(), clock.instant());
    try {
      Session session = Session.getInstance(properties(server));
      MimeMessage message = new KeyedMessage(session, messageId(n.firingKey()));
      message.setFrom(new InternetAddress(server.from()));
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(outgoing.email().get()));
      String symbol = n.firing().symbol().isEmpty() ? "" : " " + n.firing().symbol();
      message.setSubject("BreadthFlow" + symbol + ": " + n.firing().ruleName(), "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      MimeBodyPart plain = new MimeBodyPart();
      plain.setText(Placeholders.fill(PLAIN, values, text -> text), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(Placeholders.fill(HTML, values, EmailSender::escapeHtml), "UTF-8", "html");
      message.setContent(new MimeMultipart("alternative", plain, html));
      if (server.user().isEmpty()) {
        Transport.send(message);
      } else {
        Transport.send(message, server.user(), server.password());
      }
      return Outcome.sent();
    } catch (AddressException e) {
      return Outcome.permanent("the e-mail address is not valid");
    } catch (SendFailedException e) {
      return Outcome.permanent("the SMTP server refused the address");
    } catch (MessagingException e) {
      return e.getNextException() instanceof IOException
          ? Outcome.retry("the SMTP server could not be reached")
          : Outcome.retry("the SMTP server refused the message");
    }
  }

  /** The Message-ID of the e-mail for a firing: the same for every attempt. */
  public static String messageId(String firingKey) {
    StringBuilder local = new StringBuilder();
    for (char c : firingKey.toCharArray()) {
      local.append(Character.isLetterOrDigit(c) || c == '-' || c == '.' ? c : '_');
    }
    return "<" + local + "@notifications.breadthflow>";
  }

  private Properties properties(Smtp server) {
    Properties p = new Properties();
    String millis = Long.toString(timeout.toMillis());
    String protocol = server.tls() == SmtpTls.SSL ? "smtps" : "smtp";
    p.put("mail.transport.protocol", protocol);
    p.put("mail." + protocol + ".host", server.host());
    p.put("mail." + protocol + ".port", Integer.toString(server.port()));
    p.put("mail." + protocol + ".auth", Boolean.toString(!server.user().isEmpty()));
    p.put("mail." + protocol + ".connectiontimeout", millis);
    p.put("mail." + protocol + ".timeout", millis);
    p.put("mail." + protocol + ".writetimeout", millis);
    if (server.tls() == SmtpTls.STARTTLS) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (server.tls() == SmtpTls.SSL) {
      p.put("mail.smtps.ssl.enable", "true");
    }
    return p;
  }

  private static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String template(String name) {
    try (InputStream in = EmailSender.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing e-mail template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message whose Message-ID is given rather than made up at sending. */
  private static final class KeyedMessage extends MimeMessage {
    private final String id;

    KeyedMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
