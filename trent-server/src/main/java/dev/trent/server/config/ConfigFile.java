package dev.trent.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.trent.auth.AuthMode;
import dev.trent.server.rootkey.RootKeyConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The YAML configuration file of {@code trent serve --config}. Every member is optional; unknown
 * members are an error, so a typo never silently leaves a default in place. See the README's
 * configuration reference.
 */
public final class ConfigFile {
  private ConfigFile() {}

  /** The file's shape; null members keep the defaults. */
  record Document(
      String host,
      Integer port,
      String dataDir,
      Auth auth,
      Integer deletionSweepSeconds,
      Integer maxBodyBytes,
      Integer workerThreads,
      List<String> sm2Regions,
      Audit audit,
      Integer adminPort,
      Events events,
      Store store,
      RootKey rootKey) {}

  /** {@code rootKey: {provider: passphrase, passphraseFile: /etc/trent/passphrase}}. */
  record RootKey(String provider, String passphraseFile) {}

  /** The store: {@code url} a postgresql:// URL (absent: SQLite in the data directory). */
  record Store(String url, String passwordFile) {}

  /** Key event sinks; see the README's events section. */
  record Events(List<String> files, List<Webhook> webhooks) {}

  record Webhook(String url, Integer maxAttempts, Integer initialBackoffMillis) {}

  /** The audit log's settings; see the README's audit section. */
  record Audit(Boolean enabled, Long maxFileBytes, Integer maxFileAgeSeconds, Integer digestEveryRecords,
      Integer digestIntervalSeconds) {}

  record Auth(String mode, List<AccessKeyConfig> accessKeys) {}

  public static ServerConfig apply(Path file, ServerConfig base) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Document d;
    try {
      d = yaml.readValue(file.toFile(), Document.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read configuration " + file + ": " + e.getMessage(), e);
    }
    if (d == null) {
      return base;
    }
    ServerConfig c = base;
    if (d.host() != null) {
      c = c.withHost(d.host());
    }
    if (d.port() != null) {
      c = c.withPort(d.port());
    }
    if (d.dataDir() != null) {
      c = c.withDataDir(Path.of(d.dataDir()));
    }
    if (d.auth() != null && d.auth().mode() != null) {
      c = c.withAuthMode(AuthMode.valueOf(d.auth().mode().toUpperCase(Locale.ROOT)));
    }
    if (d.auth() != null && d.auth().accessKeys() != null) {
      c = c.withAccessKeys(d.auth().accessKeys());
    }
    if (d.deletionSweepSeconds() != null) {
      c = c.withDeletionSweepInterval(Duration.ofSeconds(d.deletionSweepSeconds()));
    }
    if (d.maxBodyBytes() != null || d.workerThreads() != null) {
      c = new ServerConfig(c.host(), c.port(), c.dataDir(), c.authMode(), c.accessKeys(),
          c.deletionSweepInterval(),
          d.maxBodyBytes() != null ? d.maxBodyBytes() : c.maxBodyBytes(),
          d.workerThreads() != null ? d.workerThreads() : c.workerThreads(), c.sm2Regions(), c.monitoring(),
          c.events(), c.store(), c.rootKey());
    }
    if (d.sm2Regions() != null) {
      c = c.withSm2Regions(d.sm2Regions());
    }
    if (d.store() != null) {
      c = c.withStore(new StoreConfig(d.store().url(),
          d.store().passwordFile() == null ? null : Path.of(d.store().passwordFile())));
    }
    if (d.rootKey() != null) {
      RootKeyConfig.Provider provider = d.rootKey().provider() == null ? c.rootKey().provider()
          : RootKeyConfig.Provider.parse(d.rootKey().provider());
      c = c.withRootKey(new RootKeyConfig(provider,
          d.rootKey().passphraseFile() == null ? null : Path.of(d.rootKey().passphraseFile())));
    }
    if (d.events() != null) {
      c = c.withEvents(events(d.events()));
    }
    return c.withMonitoring(monitoring(d, c.monitoring()));
  }

  private static EventsConfig events(Events e) {
    List<Path> files = e.files() == null ? List.of() : e.files().stream().map(Path::of).toList();
    List<EventsConfig.Webhook> hooks = e.webhooks() == null ? List.of() : e.webhooks().stream()
        .map(w -> new EventsConfig.Webhook(w.url(), w.maxAttempts() == null ? 5 : w.maxAttempts(),
            Duration.ofMillis(w.initialBackoffMillis() == null ? 500 : w.initialBackoffMillis())))
        .toList();
    return new EventsConfig(files, hooks);
  }

  private static MonitoringConfig monitoring(Document d, MonitoringConfig m) {
    if (d.adminPort() != null) {
      m = m.withAdminPort(d.adminPort());
    }
    Audit a = d.audit();
    if (a == null) {
      return m;
    }
    if (a.enabled() != null) {
      m = m.withAuditEnabled(a.enabled());
    }
    var log = m.auditLog();
    m = m.withRotation(a.maxFileBytes() != null ? a.maxFileBytes() : log.maxSegmentBytes(),
        a.maxFileAgeSeconds() != null ? Duration.ofSeconds(a.maxFileAgeSeconds()) : log.maxSegmentAge());
    return m.withDigestCadence(a.digestEveryRecords() != null ? a.digestEveryRecords() : log.digestEveryRecords(),
        a.digestIntervalSeconds() != null ? Duration.ofSeconds(a.digestIntervalSeconds()) : log.digestInterval());
  }
}
