package dev.trent.server.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs each event as {@code application/json} to a URL. A 2xx answer delivers it; a connection
 * failure, a timeout, 429 or a 5xx is retried with exponential backoff (initial, doubled, at most
 * 30 s) up to the configured number of attempts; any other status is final. Runs on its sink's
 * own thread, so waiting here never delays the scheduler or a request.
 */
final class WebhookSink implements EventSink {
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final HttpClient client;

  WebhookSink(URI url, int maxAttempts, Duration initialBackoff) {
    this.url = url;
    this.maxAttempts = Math.max(1, maxAttempts);
    this.initialBackoff = initialBackoff;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public void deliver(String event) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(event)).build();
    Duration backoff = initialBackoff;
    String failure = "";
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 == 2) {
          return;
        }
        failure = "HTTP " + status;
        if (status != 429 && status < 500) {
          break;
        }
      } catch (IOException e) {
        failure = e.toString();
      }
      if (attempt < maxAttempts) {
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
      }
    }
    throw new IOException("webhook " + url + " failed: " + failure);
  }

  @Override
  public String describe() {
    return "webhook " + url;
  }
}
