package dev.trent.server.events;

import dev.trent.core.events.KeyEvent;
import dev.trent.core.events.KeyEventPublisher;
import dev.trent.server.config.EventsConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans each key event out to the configured sinks. Every sink has its own thread and bounded
 * queue, so a slow or failing sink delays only itself: {@link #publish} never blocks and never
 * throws. A full queue drops the event with a warning rather than hold up the scheduler.
 */
public final class EventSinks implements KeyEventPublisher, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventSinks.class);
  private static final int QUEUE = 10_000;

  private final List<Lane> lanes = new ArrayList<>();

  public EventSinks(EventsConfig config) {
    config.files().forEach(f -> lanes.add(new Lane(new JsonLinesFileSink(f))));
    config.webhooks().forEach(w -> lanes.add(new Lane(
        new WebhookSink(URI.create(w.url()), w.maxAttempts(), w.initialBackoff()))));
  }

  @Override
  public void publish(KeyEvent event) {
    if (lanes.isEmpty()) {
      return;
    }
    String line = EventEnvelope.render(event);
    for (Lane lane : lanes) {
      lane.submit(line);
    }
  }

  /** Delivers what is queued (waiting up to 10 s per sink), then stops. */
  @Override
  public void close() {
    lanes.forEach(Lane::close);
  }

  private static final class Lane {
    private final EventSink sink;
    private final ThreadPoolExecutor thread;

    Lane(EventSink sink) {
      this.sink = sink;
      this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "trent-events-" + sink.describe());
            t.setDaemon(true);
            return t;
          });
    }

    void submit(String line) {
      try {
        thread.execute(() -> {
          try {
            sink.deliver(line);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Exception e) {
            LOG.warn("Event not delivered to {}: {}", sink.describe(), e.getMessage());
          }
        });
      } catch (RejectedExecutionException e) {
        LOG.warn("Event dropped: the queue of {} is full", sink.describe());
      }
    }

    void close() {
      thread.shutdown();
      try {
        thread.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread.shutdownNow();
      sink.close();
    }
  }
}
