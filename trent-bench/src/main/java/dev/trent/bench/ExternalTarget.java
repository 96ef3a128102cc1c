package dev.trent.bench;

import java.nio.file.Path;
import java.util.Optional;

/** Another KMS-compatible endpoint, given by URL: neither started, stopped nor cleaned by us. */
final class ExternalTarget implements Target {
  private final Endpoint endpoint;
  private final long pid;

  ExternalTarget(Endpoint endpoint, long pid) {
    this.endpoint = endpoint;
    this.pid = pid;
  }

  static Target.Factory factory(Endpoint endpoint, long pid) {
    return new Target.Factory() {
      @Override
      public Target create(String scenario) {
        return new ExternalTarget(endpoint, pid);
      }

      @Override
      public String describe() {
        return "endpoint " + endpoint + (pid > 0 ? " (pid " + pid + ")" : "");
      }
    };
  }

  @Override
  public Endpoint endpoint() {
    return endpoint;
  }

  @Override
  public long pid() {
    return pid;
  }

  @Override
  public Optional<Path> dataDir() {
    return Optional.empty();
  }

  @Override
  public boolean restartable() {
    return false;
  }

  @Override
  public void stop() {}

  @Override
  public StartTiming start() {
    throw new UnsupportedOperationException("an external endpoint is not started by the harness");
  }

  @Override
  public void close() {}
}
