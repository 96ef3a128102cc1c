package dev.trent.audit;

/** Where the pipeline sends one record per API call. Implementations are thread-safe. */
public interface AuditSink {
  /**
   * Returns once {@code event} is durable.
   *
   * @throws AuditUnavailableException when it cannot be made durable: the caller must then answer
   *     with an internal error and return nothing of the call's result (fail closed)
   */
  void record(AuditEvent event);
}
