package dev.trent.bench;

import dev.trent.auth.AuthMode;
import dev.trent.server.Trent;
import dev.trent.server.config.AccessKeyConfig;
import dev.trent.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Trent in this JVM, strict authentication, SQLite in a temporary directory: for the smoke test. */
final class InProcessTrent implements Target {
  private final ServerConfig config;
  private final Path home;
  private Trent trent;
  private Endpoint endpoint;

  private InProcessTrent(Path home, Credentials credentials) {
    this.home = home;
    this.config = ServerConfig.defaults().withPort(0).withDataDir(home.resolve("data"))
        .withAuthMode(AuthMode.STRICT)
        .withAccessKeys(List.of(new AccessKeyConfig(credentials.accessKeyId(), credentials.secretAccessKey(),
            TrentProcess.ACCOUNT, null)))
        .withDeletionSweepInterval(Duration.ofHours(1));
  }

  static Target.Factory factory(Path root, Credentials credentials) {
    return new Target.Factory() {
      @Override
      public Target create(String scenario) throws Exception {
        InProcessTrent t = new InProcessTrent(Files.createTempDirectory(root, scenario + "-"), credentials);
        t.start();
        return t;
      }

      @Override
      public String describe() {
        return "trent in-process (strict auth, SQLite on disk)";
      }
    };
  }

  @Override
  public StartTiming start() {
    long t0 = System.nanoTime();
    trent = Trent.start(config, Clock.systemUTC());
    endpoint = Endpoint.loopback(trent.port());
    double ms = (System.nanoTime() - t0) / 1e6;
    return new StartTiming(ms, ms);
  }

  @Override
  public Endpoint endpoint() {
    return endpoint;
  }

  @Override
  public long pid() {
    return 0;
  }

  @Override
  public Optional<Path> dataDir() {
    return Optional.of(config.dataDir());
  }

  @Override
  public boolean restartable() {
    return true;
  }

  @Override
  public void stop() {
    if (trent != null) {
      trent.close();
      trent = null;
    }
  }

  @Override
  public void close() {
    stop();
    Files2.deleteTree(home);
  }
}
