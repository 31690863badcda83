package io.breadthflow.cli.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * The demo's SMTP server: GreenMail on a free loopback port inside the demo's JVM, keeping every
 * e-mail it accepts, so that the demo can show a rule's e-mail arriving without a real mail server.
 */
public final class DemoMailServer implements AutoCloseable {
  private final GreenMail mail;

  private DemoMailServer(GreenMail mail) {
    this.mail = mail;
  }

  /** Starts an SMTP server (no TLS, any sender and recipient) on a free loopback port. */
  public static DemoMailServer start() {
    GreenMail mail =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mail.start();
    return new DemoMailServer(mail);
  }

  /** The SMTP host: the loopback address. */
  public String host() {
    return "127.0.0.1";
  }

  /** The SMTP port. */
  public int port() {
    return mail.getSmtp().getPort();
  }

  /** The e-mails received so far. */
  public List<MimeMessage> received() {
    return List.of(mail.getReceivedMessages());
  }

  @Override
  public void close() {
    mail.stop();
  }
}
