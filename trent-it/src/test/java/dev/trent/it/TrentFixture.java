package dev.trent.it;

import dev.trent.auth.AuthMode;
import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.server.Trent;
import dev.trent.server.config.AccessKeyConfig;
import dev.trent.server.config.EventsConfig;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.config.StoreConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * A real Trent on a random loopback port with its own data directory and a movable clock, and
 * real AWS SDK clients pointed at it. Close it to stop the server.
 */
public final class TrentFixture implements AutoCloseable {
  public static final String ACCOUNT = "111122223333";
  public static final String REGION = "us-east-1";

  private final Path dataDir;
  private final MovableClock clock;
  private final Trent trent;

  private TrentFixture(ServerConfig config) {
    this(config, new MovableClock());
  }

  private TrentFixture(ServerConfig config, MovableClock clock) {
    this(config, clock, Map.of(), null);
  }

  private TrentFixture(ServerConfig config, MovableClock clock, PrincipalDirectory principals) {
    this(config, clock, Map.of(), principals);
  }

  private TrentFixture(ServerConfig config, MovableClock clock, Map<String, String> env) {
    this(config, clock, env, null);
  }

  private TrentFixture(
      ServerConfig config, MovableClock clock, Map<String, String> env, PrincipalDirectory principals) {
    this.dataDir = config.dataDir();
    this.clock = clock;
    this.trent = Trent.start(config, clock, env, principals);
  }

  /** Dev authentication: any signature, account 111122223333 or a 12-digit access key id. */
  public static TrentFixture dev() {
    return dev(List.of());
  }

  /**
   * Dev authentication, with key events sent to {@link #eventsFile()} and to these webhooks
   * (url, 3 attempts, 50 ms initial backoff).
   */
  public static TrentFixture dev(List<String> webhooks) {
    Path dir = tempDir();
    return new TrentFixture(ServerConfig.defaults().withPort(0).withDataDir(dir)
        .withDeletionSweepInterval(Duration.ofHours(1)).withEvents(events(dir, webhooks)));
  }

  /** Dev authentication on an existing data directory, e.g. after {@link #close()}: a restart. */
  public static TrentFixture reopen(Path dataDir, MovableClock clock) {
    return new TrentFixture(ServerConfig.defaults().withPort(0).withDataDir(dataDir)
        .withDeletionSweepInterval(Duration.ofHours(1)).withEvents(events(dataDir, List.of())), clock);
  }

  /**
   * Dev authentication on a shared store ({@code postgresql://...}), with this node's own data
   * directory (root key, audit chain, events file) and clock: one of several nodes.
   */
  public static TrentFixture onStore(String storeUrl, Path dataDir, MovableClock clock) {
    return new TrentFixture(ServerConfig.defaults().withPort(0).withDataDir(dataDir)
        .withDeletionSweepInterval(Duration.ofHours(1)).withEvents(events(dataDir, List.of()))
        .withStore(new StoreConfig(storeUrl, null)), clock);
  }

  /** A server with exactly this configuration (port, data directory and all) and clock. */
  public static TrentFixture start(ServerConfig config, MovableClock clock) {
    return new TrentFixture(config, clock);
  }

  /** A server with this configuration and clock, {@code env} as the bootstrap's environment. */
  public static TrentFixture start(ServerConfig config, MovableClock clock, Map<String, String> env) {
    return new TrentFixture(config, clock, env);
  }

  /** A new, empty directory for a node's data. */
  public static Path newDataDir() {
    return tempDir();
  }

  private static EventsConfig events(Path dir, List<String> webhooks) {
    return new EventsConfig(List.of(dir.resolve("events.jsonl")), webhooks.stream()
        .map(url -> new EventsConfig.Webhook(url, 3, Duration.ofMillis(50))).toList());
  }

  /** The JSON-lines file every key event of this server is appended to. */
  public Path eventsFile() {
    return dataDir.resolve("events.jsonl");
  }

  /**
   * Strict authentication with {@code env} as the process environment of the bootstrap
   * ({@code TRENT_ROOT_ACCESS_KEY_ID}, {@code TRENT_ROOT_SECRET_ACCESS_KEY}).
   */
  public static TrentFixture strict(List<AccessKeyConfig> keys, Map<String, String> env) {
    return new TrentFixture(ServerConfig.defaults().withPort(0).withDataDir(tempDir())
        .withAuthMode(AuthMode.STRICT).withAccessKeys(keys)
        .withDeletionSweepInterval(Duration.ofHours(1)), new MovableClock(), env);
  }

  public static TrentFixture strict(List<AccessKeyConfig> keys) {
    return new TrentFixture(ServerConfig.defaults().withPort(0).withDataDir(tempDir())
        .withAuthMode(AuthMode.STRICT).withAccessKeys(keys)
        .withDeletionSweepInterval(Duration.ofHours(1)));
  }

  /** Strict authentication, with callers' identity policies and tags from {@code principals}. */
  public static TrentFixture strict(List<AccessKeyConfig> keys, PrincipalDirectory principals) {
    return new TrentFixture(ServerConfig.defaults().withPort(0).withDataDir(tempDir())
        .withAuthMode(AuthMode.STRICT).withAccessKeys(keys)
        .withDeletionSweepInterval(Duration.ofHours(1)), new MovableClock(), principals);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + trent.port());
  }

  public int port() {
    return trent.port();
  }

  public Path dataDir() {
    return dataDir;
  }

  public MovableClock clock() {
    return clock;
  }

  /** Runs all scheduled work (deletion, automatic rotation) now, at the clock's time. */
  public int sweepDeletions() {
    return trent.runScheduledWork();
  }

  /** The same as {@link #sweepDeletions()}, named for what it does now. */
  public int runScheduledWork() {
    return trent.runScheduledWork();
  }

  public KmsClient client() {
    return client("AKIDEXAMPLE", "secret", REGION);
  }

  public KmsClient client(String accessKeyId, String secret, String region) {
    return client(endpoint(), accessKeyId, secret, region);
  }

  public static KmsClient client(URI endpoint, String accessKeyId, String secret, String region) {
    return KmsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }

  @Override
  public void close() {
    trent.close();
  }

  private static Path tempDir() {
    return TempDirs.create("trent-it-");
  }
}
