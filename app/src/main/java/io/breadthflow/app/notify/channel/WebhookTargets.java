package io.breadthflow.app.notify.channel;

import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which webhook URLs may be called: http(s) only, and (unless the operator allows private targets)
 * only hosts whose every resolved address is public, so that a user cannot make the server call
 * into its own network (SSRF). Refused: loopback, site-local (10/8, 172.16/12, 192.168/16),
 * link-local (169.254/16, fe80::/10), any-local, multicast, IPv6 unique-local (fc00::/7), CGNAT
 * (100.64/10), 0/8 and the broadcast address. Checked when a URL is saved and again before each
 * send (the address behind a name can change). Thread-safe.
 */
public final class WebhookTargets {
  /** Resolves a host name to its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final PrivateTargets policy;
  private final Resolver resolver;

  public WebhookTargets(PrivateTargets policy, Resolver resolver) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** With the system's DNS. */
  public WebhookTargets(PrivateTargets policy) {
    this(policy, InetAddress::getAllByName);
  }

  /**
   * Why {@code url} may not be called, or empty when it may. The reason is for the user: it names
   * the rule broken, never an address.
   */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      return Optional.of("the webhook URL is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("the webhook URL must be http or https");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("the webhook URL must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("the webhook URL must not carry a user name or password");
    }
    if (policy == PrivateTargets.ALLOWED) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      return Optional.of("the webhook host does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of(
            "the webhook host resolves to a private, loopback or link-local address,"
                + " which this server does not call");
      }
    }
    return Optional.empty();
  }

  /** True for an address on the public internet. */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xFE) != 0xFC;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    boolean cgnat = first == 100 && (second & 0xC0) == 64;
    boolean broadcast = first == 255 && second == 255 && (bytes[2] & 0xFF) == 255;
    return !cgnat && first != 0 && !broadcast;
  }
}
