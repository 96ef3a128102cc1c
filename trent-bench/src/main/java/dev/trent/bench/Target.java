package dev.trent.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server under load: a Trent process the harness started, or an endpoint given on the command
 * line. A restartable target can be stopped and started again on the same data directory.
 */
public interface Target extends AutoCloseable {
  /** Times of one start, from spawning the process: to its "listening" line, to its first answer. */
  record StartTiming(double listeningMs, double readyMs) {}

  Endpoint endpoint();

  /** The server's process id, for its CPU and memory; 0 when unknown. */
  long pid();

  Optional<Path> dataDir();

  boolean restartable();

  /** Stops the server gracefully, keeping its data. */
  void stop();

  /** Starts the server (again) on its data directory. */
  StartTiming start() throws Exception;

  /** Starts a JFR recording of the server into {@code file}; false if this target cannot. */
  default boolean startRecording(Path file) {
    return false;
  }

  default void stopRecording() {}

  /** The server's audit commit counters now, when it exposes them (a Trent the harness started). */
  default AuditCounters auditCounters() {
    return null;
  }

  /** Stops the server and deletes what the harness created for it. */
  @Override
  void close();

  /** Makes a fresh target, with empty data, for each scenario. */
  interface Factory {
    Target create(String scenario) throws Exception;

    /** What the targets are, for the report: "trent (strict, SQLite on disk)" or an endpoint. */
    String describe();
  }
}
