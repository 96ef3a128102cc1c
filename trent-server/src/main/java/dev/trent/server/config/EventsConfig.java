package dev.trent.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where key events (rotation, imported-material expiry, deletion) go: JSON-lines files and HTTP
 * webhooks. None by default.
 */
public record EventsConfig(List<Path> files, List<Webhook> webhooks) {
  public EventsConfig {
    files = List.copyOf(files);
    webhooks = List.copyOf(webhooks);
  }

  /**
   * @param maxAttempts tries per event, at least 1
   * @param initialBackoff the wait before the second try; doubled for each further one
   */
  public record Webhook(String url, int maxAttempts, Duration initialBackoff) {
    public Webhook {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("event webhook url must be http(s): " + url);
      }
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("event webhook maxAttempts must be at least 1");
      }
    }
  }

  public static EventsConfig none() {
    return new EventsConfig(List.of(), List.of());
  }
}
