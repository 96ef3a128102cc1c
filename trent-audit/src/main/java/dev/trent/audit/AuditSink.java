package dev.trent.audit;

import java.util.concurrent.CompletableFuture;

/** Where the pipeline sends one record per API call. Implementations are thread-safe. */
public interface AuditSink {
  /**
   * Returns once {@code event} is durable.
   *
   * @throws AuditUnavailableException when it cannot be made durable: the caller must then answer
   *     with an internal error and return nothing of the call's result (fail closed)
   */
  void record(AuditEvent event);

  /**
   * Queues {@code event}; the future completes once it is durable, or fails with {@link
   * AuditUnavailableException}. Lets a caller wait for the fsync without holding a thread. This
   * default records synchronously.
   */
  default CompletableFuture<Void> recordAsync(AuditEvent event) {
    try {
      record(event);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
