package dev.trent.server.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The admin listener: {@code GET /metrics} in Prometheus text format, bound to the loopback address
 * only and never to the KMS port, so metrics are not exposed to API clients. A scraper elsewhere
 * reaches it through the host (a sidecar or an SSH tunnel). One thread: scrapes are rare.
 */
public final class AdminServer implements AutoCloseable {
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;

  private AdminServer(HttpServer server) {
    this.server = server;
  }

  /** Binds {@code 127.0.0.1:port} (0 picks a free port) and starts serving. */
  public static AdminServer start(int port, ServerMetrics metrics) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
      server.createContext("/metrics", exchange -> {
        try (exchange) {
          if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "text/plain", "GET only\n");
          } else {
            send(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
          }
        }
      });
      server.createContext("/", exchange -> {
        try (exchange) {
          send(exchange, 404, "text/plain", "not found: try /metrics\n");
        }
      });
      server.setExecutor(Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trent-admin");
        t.setDaemon(true);
        return t;
      }));
      server.start();
      return new AdminServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the admin listener on 127.0.0.1:" + port, e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, "HEAD".equals(exchange.getRequestMethod()) ? -1 : bytes.length);
    if (!"HEAD".equals(exchange.getRequestMethod())) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
