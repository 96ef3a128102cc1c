package dev.trent.bench;

import java.net.URI;

/** Where requests go: a plain-HTTP host and port, and the path requests are posted to. */
public record Endpoint(String host, int port, String path) {
  public static Endpoint of(URI uri) {
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("only http:// endpoints are supported: " + uri);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return new Endpoint(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort(), path);
  }

  public static Endpoint loopback(int port) {
    return new Endpoint("127.0.0.1", port, "/");
  }

  /** The Host header, as an AWS SDK sends it: the port only when it is not the default. */
  public String hostHeader() {
    return port == 80 ? host : host + ":" + port;
  }

  public URI uri() {
    return URI.create("http://" + hostHeader() + path);
  }

  @Override
  public String toString() {
    return uri().toString();
  }
}
