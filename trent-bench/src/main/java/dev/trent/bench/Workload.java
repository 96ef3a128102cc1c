package dev.trent.bench;

/**
 * What to send next. Called on the generator's event-loop threads, so it must be thread-safe when
 * the generator runs more than one; return the same {@link Call#constant} instance for a fixed
 * request so its signature is reused within the second.
 */
@FunctionalInterface
public interface Workload {
  Call next();
}
