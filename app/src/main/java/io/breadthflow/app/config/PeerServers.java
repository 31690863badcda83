package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The base URLs of the API servers that serve one deployment ({@code BF_API_SERVERS}, e.g. {@code
 * http://127.0.0.1:18080,http://127.0.0.1:18081}): where a dashboard's live connection goes when
 * its own server stops answering. Each is {@code http(s)://HOST[:PORT]}, without user, path, query
 * or fragment; duplicates are dropped, order is kept.
 *
 * @param urls the servers, each without a trailing slash; empty for a server on its own
 */
public record PeerServers(List<URI> urls) {
  /** A server on its own. */
  public static final PeerServers NONE = new PeerServers(List.of());

  /** Servers a list may name, at most. */
  public static final int MAX = 64;

  public PeerServers {
    urls = List.copyOf(new LinkedHashSet<>(urls));
    if (urls.size() > MAX) {
      throw UseCaseException.invalid(
          "BF_API_SERVERS names at most " + MAX + " servers, got " + urls.size());
    }
    for (URI url : urls) {
      check(url);
    }
  }

  /**
   * Parses a comma-separated list; blank entries are ignored.
   *
   * @throws UseCaseException naming the entry that is no {@code http(s)://HOST[:PORT]}
   */
  public static PeerServers parse(String text) {
    List<URI> urls = new ArrayList<>();
    for (String entry : (text == null ? "" : text).split(",")) {
      String url = entry.strip();
      if (url.isEmpty()) {
        continue;
      }
      try {
        urls.add(new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
      } catch (URISyntaxException e) {
        throw invalid(url);
      }
    }
    return new PeerServers(urls);
  }

  private static void check(URI url) {
    String scheme = url.getScheme();
    boolean web = "http".equals(scheme) || "https".equals(scheme);
    if (!web
        || url.getHost() == null
        || url.getPort() > 65_535
        || url.getRawUserInfo() != null
        || !(url.getRawPath() == null || url.getRawPath().isEmpty())
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw invalid(String.valueOf(url));
    }
  }

  private static UseCaseException invalid(String url) {
    return UseCaseException.invalid(
        "BF_API_SERVERS lists http(s)://HOST[:PORT] base URLs, got '" + url + "'");
  }
}
