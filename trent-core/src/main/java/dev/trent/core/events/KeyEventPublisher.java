package dev.trent.core.events;

/**
 * Where key events go once the change they report has committed. Implementations must not block
 * or throw: a failing sink never delays or fails the work that produced the event.
 */
@FunctionalInterface
public interface KeyEventPublisher {
  KeyEventPublisher NONE = event -> { };

  void publish(KeyEvent event);
}
