package dev.trent.server.events;

import java.io.IOException;

/** One destination of rendered events. Called from one thread at a time, off the request path. */
interface EventSink extends AutoCloseable {
  /** Delivers one event (a line of JSON); may retry, but reports failure by throwing. */
  void deliver(String event) throws IOException, InterruptedException;

  String describe();

  @Override
  default void close() {}
}
