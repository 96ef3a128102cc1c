package dev.trent.cli;

import dev.trent.auth.AuthMode;
import dev.trent.server.Trent;
import dev.trent.server.config.ConfigFile;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.rootkey.RootKeyConfig;
import dev.trent.server.rootkey.RootKeyRefusedException;
import dev.trent.server.config.StoreConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trent serve}: runs the server until SIGTERM or SIGINT, then stops accepting connections,
 * finishes the requests already received, closes the store and exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Trent server.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", description = "Address to listen on (default: 127.0.0.1).")
  String host;

  @Option(names = "--port", description = "Port to listen on (default: 4599; 0 picks a free one).")
  Integer port;

  @Option(names = "--data-dir", description = "Where keys are stored (default: ./trent-data).")
  Path dataDir;

  @Option(names = "--store", description = "postgresql://user@host:port/database[?sslmode=verify-full"
      + "&sslrootcert=ca.pem]: a PostgreSQL store shared by several nodes (password from"
      + " TRENT_STORE_PASSWORD or --store-password-file). Default: SQLite in the data directory.")
  String store;

  @Option(names = "--store-password-file", description = "File holding the PostgreSQL password.")
  Path storePasswordFile;

  @Option(names = "--auth", description = "dev (any signature; loopback only) or strict (default: dev).")
  String auth;

  @Option(names = "--config", description = "YAML configuration file; flags override it.")
  Path config;

  @Option(names = "--admin-port", description = "Serve Prometheus /metrics on 127.0.0.1:<port>"
      + " (never the KMS port; default: off; 0 picks a free port).")
  Integer adminPort;

  @Option(names = "--no-audit", description = "Keep no audit log (benchmarks only: a KMS should never"
      + " do unaudited work).")
  boolean noAudit;

  @Option(names = "--root-key", description = "Where the root key comes from: file (<data-dir>/root.key,"
      + " the default) or passphrase (Argon2id of TRENT_ROOT_KEY_PASSPHRASE or --root-key-passphrase-file).")
  String rootKey;

  @Option(names = "--root-key-passphrase-file", description = "With --root-key passphrase: read the"
      + " passphrase from this file (one trailing newline ignored) instead of TRENT_ROOT_KEY_PASSPHRASE.")
  Path rootKeyPassphraseFile;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig c = ServerConfig.defaults();
    if (config != null) {
      c = ConfigFile.apply(config, c);
    }
    if (host != null) {
      c = c.withHost(host);
    }
    if (port != null) {
      c = c.withPort(port);
    }
    if (dataDir != null) {
      c = c.withDataDir(dataDir);
    }
    if (store != null || storePasswordFile != null) {
      c = c.withStore(new StoreConfig(store != null ? store : c.store().url(),
          storePasswordFile != null ? storePasswordFile : c.store().passwordFile()));
    }
    if (auth != null) {
      c = c.withAuthMode(AuthMode.valueOf(auth.toUpperCase(java.util.Locale.ROOT)));
    }
    if (adminPort != null) {
      c = c.withMonitoring(c.monitoring().withAdminPort(adminPort));
    }
    if (noAudit) {
      c = c.withMonitoring(c.monitoring().withAuditEnabled(false));
    }
    if (rootKey != null || rootKeyPassphraseFile != null) {
      c = c.withRootKey(new RootKeyConfig(
          rootKey != null ? RootKeyConfig.Provider.parse(rootKey) : c.rootKey().provider(),
          rootKeyPassphraseFile != null ? rootKeyPassphraseFile : c.rootKey().passphraseFile()));
    }
    Trent trent;
    try {
      trent = Trent.start(c, Clock.systemUTC());
    } catch (RootKeyRefusedException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    announce(System.out, c, trent.port());
    if (trent.adminPort() >= 0) {
      System.out.println("Metrics: http://127.0.0.1:" + trent.adminPort() + "/metrics");
      System.out.flush();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      trent.close();
      System.out.println("Trent stopped.");
      System.out.flush();
      stopped.countDown();
      // A signal would otherwise end the JVM with 128+signal; a drained stop is a clean exit.
      Runtime.getRuntime().halt(0);
    }, "trent-shutdown"));
    stopped.await();
    return 0;
  }

  private static void announce(PrintStream out, ServerConfig c, int port) {
    String host = c.host().contains(":") ? "[" + c.host() + "]" : c.host();
    String url = "http://" + host + ":" + port;
    out.println("Trent is listening on " + url + " (auth: " + c.authMode().name().toLowerCase(java.util.Locale.ROOT)
        + ", data: " + c.dataDir().toAbsolutePath() + ", store: " + c.store().describe(c.dataDir()) + ")");
    out.println("Try it:");
    out.println("  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \\");
    out.println("    aws kms create-key --endpoint-url " + url);
    out.flush();
  }
}
