package dev.trent.audit;

/** Hears about each group commit, for metrics. Called on the writer thread: must be quick. */
public interface AuditObserver {
  AuditObserver NONE = (records, nanos) -> {};

  /** {@code records} became durable together in {@code nanos} (write plus fsync). */
  void committed(int records, long nanos);
}
