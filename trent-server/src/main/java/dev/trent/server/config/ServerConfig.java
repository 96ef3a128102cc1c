package dev.trent.server.config;

import dev.trent.auth.AuthMode;
import dev.trent.server.rootkey.RootKeyConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything {@code trent serve} needs, from defaults, the configuration file and flags, in that
 * order of precedence (flags win).
 *
 * @param sm2Regions regions where SM2 keys may be created; {@code *} ends a prefix (AWS: China only)
 * @param monitoring the audit log and the admin (metrics) listener
 * @param events where key events (rotation, expiry, deletion) are sent
 * @param store SQLite in the data directory, or a PostgreSQL database shared by several nodes
 * @param rootKey where the root key comes from (file or passphrase)
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    AuthMode authMode,
    List<AccessKeyConfig> accessKeys,
    Duration deletionSweepInterval,
    int maxBodyBytes,
    int workerThreads,
    List<String> sm2Regions,
    MonitoringConfig monitoring,
    EventsConfig events,
    StoreConfig store,
    RootKeyConfig rootKey) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 4599;

  public ServerConfig {
    accessKeys = List.copyOf(accessKeys);
    sm2Regions = List.copyOf(sm2Regions);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
  }

  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Path.of("trent-data"), AuthMode.DEV, List.of(),
        Duration.ofMinutes(1), 1 << 20, 16, List.of("cn-*"), MonitoringConfig.defaults(),
        EventsConfig.none(), StoreConfig.sqlite(),
        RootKeyConfig.file());
  }

  /** Refuses dev authentication anywhere but loopback: it accepts any signature. */
  public void requireSafeAuth() {
    if (authMode != AuthMode.DEV) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          throw new IllegalArgumentException("--auth dev accepts any signature and is allowed only on a"
              + " loopback address; " + host + " is not one. Use --auth strict.");
        }
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host, e);
    }
  }

  public ServerConfig withHost(String v) {
    return new ServerConfig(v, port, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, rootKey);
  }

  public ServerConfig withPort(int v) {
    return new ServerConfig(host, v, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, rootKey);
  }

  public ServerConfig withDataDir(Path v) {
    return new ServerConfig(host, port, v, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, rootKey);
  }

  public ServerConfig withAuthMode(AuthMode v) {
    return new ServerConfig(host, port, dataDir, v, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, rootKey);
  }

  public ServerConfig withAccessKeys(List<AccessKeyConfig> v) {
    return new ServerConfig(host, port, dataDir, authMode, v, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, rootKey);
  }

  public ServerConfig withSm2Regions(List<String> v) {
    return new ServerConfig(host, port, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, v, monitoring, events, store, rootKey);
  }

  public ServerConfig withMonitoring(MonitoringConfig v) {
    return new ServerConfig(host, port, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, v, events, store, rootKey);
  }

  public ServerConfig withDeletionSweepInterval(Duration v) {
    return new ServerConfig(host, port, dataDir, authMode, accessKeys, v, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, rootKey);
  }

  public ServerConfig withEvents(EventsConfig v) {
    return new ServerConfig(host, port, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, v, store, rootKey);
  }

  public ServerConfig withStore(StoreConfig v) {
    return new ServerConfig(host, port, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, v, rootKey);
  }

  public ServerConfig withRootKey(RootKeyConfig v) {
    return new ServerConfig(host, port, dataDir, authMode, accessKeys, deletionSweepInterval, maxBodyBytes, workerThreads, sm2Regions, monitoring, events, store, v);
  }
}
