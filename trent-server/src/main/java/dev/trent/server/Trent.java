package dev.trent.server;

import dev.trent.audit.AuditLog;
import dev.trent.audit.AuditSigningKey;
import dev.trent.audit.AuditSink;
import dev.trent.audit.Segments;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.OperationCatalog;
import dev.trent.core.authz.Authorizer;
import dev.trent.core.authz.GrantAuthority;
import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.core.Services;
import dev.trent.core.key.KeyCache;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.MaterialVault;
import dev.trent.core.key.Sm2Regions;
import dev.trent.core.lifecycle.LifecycleScheduler;
import dev.trent.core.usage.KeyUsageLog;
import dev.trent.server.events.EventSinks;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.http.HttpServer;
import dev.trent.server.identity.Identities;
import dev.trent.server.metrics.AdminServer;
import dev.trent.server.metrics.KeyGauges;
import dev.trent.server.metrics.ServerMetrics;
import dev.trent.server.pipeline.RequestPipeline;
import dev.trent.server.rootkey.RootKeyBinding;
import dev.trent.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root: builds every part from the configuration, by constructor, and owns their
 * lifetimes. {@link #close()} drains in-flight requests before the store closes.
 */
public final class Trent implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Trent.class);
  private static final long MATERIAL_CACHE_SIZE = 100_000;
  private static final long KEY_CACHE_SIZE = 100_000;
  private static final long GRANT_CACHE_SIZE = 10_000;
  /** PostgreSQL connections beyond the request workers: scheduler, usage flushes, metrics. */
  private static final int SPARE_CONNECTIONS = 4;

  private final Store store;
  private final HttpServer http;
  private final ExecutorService workers;
  private final LifecycleScheduler scheduler;
  private final int port;
  private final AuditLog audit;
  private final AdminServer admin;

  private Trent(Store store, HttpServer http, ExecutorService workers, LifecycleScheduler scheduler,
      int port, AuditLog audit, AdminServer admin) {
    this.audit = audit;
    this.admin = admin;
    this.store = store;
    this.http = http;
    this.workers = workers;
    this.scheduler = scheduler;
    this.port = port;
  }

  /** Starts a server; {@code clock} is the system clock in production, a movable one in tests. */
  public static Trent start(ServerConfig config, Clock clock) {
    return start(config, clock, System.getenv(), null);
  }

  /**
   * Starts a server whose callers' identity policies and tags come from {@code principals}
   * instead of the stored identities ({@link PrincipalDirectory#NONE}: every caller is an account
   * root).
   */
  public static Trent start(ServerConfig config, Clock clock, PrincipalDirectory principals) {
    return start(config, clock, System.getenv(), principals);
  }

  /**
   * Starts a server reading the bootstrap variables ({@link RootBootstrap}) from {@code env}
   * instead of the process environment.
   */
  public static Trent start(ServerConfig config, Clock clock, Map<String, String> env) {
    return start(config, clock, env, null);
  }

  /**
   * Starts a server reading the bootstrap variables from {@code env}; callers' identity policies
   * and tags come from {@code principals}, or from the stored identities when it is null.
   */
  public static Trent start(
      ServerConfig config, Clock clock, Map<String, String> env, PrincipalDirectory principals) {
    config.requireSafeAuth();
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
    }
    Randomness randomness = Randomness.system();
    Store store = config.store().open(config.dataDir(), config.workerThreads() + SPARE_CONNECTIONS,
        System::getenv);
    RootKey rootKey;
    try {
      rootKey = RootKeyBinding.open(config.rootKey(), config.dataDir(), store, randomness, System::getenv);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    MaterialVault vault = new MaterialVault(rootKey, randomness, MATERIAL_CACHE_SIZE);
    KeyUsageLog usage = new KeyUsageLog(store);
    EventSinks events = new EventSinks(config.events());
    // The data plane reads keys from memory; the store's change feed keeps that coherent.
    KeyResolver resolver = new KeyResolver(new KeyCache(store.changes(), KEY_CACHE_SIZE));
    Services services = new Services(store, resolver, vault, randomness,
        new Sm2Regions(config.sm2Regions()));
    Identities identities;
    try {
      identities = Identities.open(config, store, rootKey, randomness, clock, env);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    SigV4Verifier verifier = new SigV4Verifier(config.authMode(), identities.credentials(), clock, Set.of("kms"));
    ServiceModel model = ServiceModel.kms();
    ServerMetrics metrics = new ServerMetrics(model::hasOperation);
    KeyGauges keyGauges = new KeyGauges(metrics.registry(), store, clock, KeyGauges.DEFAULT_REFRESH);
    metrics.beforeScrape(keyGauges::refreshIfStale);
    AuditLog audit = openAudit(config, randomness, clock, metrics);
    AuditSink sink = audit != null ? audit : event -> {};
    Authorizer authorizer = new Authorizer(principals != null ? principals : identities.principals(),
        new GrantAuthority(store.changes(), GRANT_CACHE_SIZE));
    RequestPipeline pipeline = new RequestPipeline(verifier, model, new OperationCatalog(services, usage),
        new JsonCodec(), clock, sink, metrics, authorizer, identities.queryApi(config.authMode(), sink));
    ExecutorService workers = workers(config.workerThreads());
    HttpServer http = new HttpServer(config.host(), config.port(), config.maxBodyBytes(), workers, pipeline);
    LifecycleScheduler scheduler = new LifecycleScheduler(store, vault, usage, clock, events);
    AdminServer admin = null;
    try {
      int adminPort = config.monitoring().adminPort();
      admin = adminPort >= 0 ? AdminServer.start(adminPort, metrics) : null;
      int port = http.start();
      // The first run happens at once: work that fell due while the server was down.
      scheduler.start(config.deletionSweepInterval());
      return new Trent(store, http, workers, scheduler, port, audit, admin);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(store, audit, admin);
      throw new IllegalStateException("interrupted while binding", e);
    } catch (RuntimeException e) {
      closeQuietly(store, audit, admin);
      throw e;
    }
  }

  /** The audit log of the data directory, or null when auditing is switched off (benchmarks). */
  private static AuditLog openAudit(ServerConfig config, Randomness randomness, Clock clock, ServerMetrics metrics) {
    if (!config.monitoring().auditEnabled()) {
      LOG.warn("The audit log is OFF: no record of any call is kept. Never run a real KMS this way.");
      return null;
    }
    java.nio.file.Path dir = Segments.auditDir(config.dataDir());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create audit directory " + dir, e);
    }
    return AuditLog.open(dir, config.monitoring().auditLog(), AuditSigningKey.loadOrCreate(dir, randomness),
        clock, metrics);
  }

  private static void closeQuietly(Store store, AuditLog audit, AdminServer admin) {
    store.close();
    if (audit != null) {
      audit.close();
    }
    if (admin != null) {
      admin.close();
    }
  }

  public int port() {
    return port;
  }

  /** The admin (metrics) listener's port, or -1 when there is none. */
  public int adminPort() {
    return admin == null ? -1 : admin.port();
  }

  /** Runs all due scheduled work (deletion, rotation) now; for tests that move the clock. */
  public int runScheduledWork() {
    return scheduler.runDue();
  }

  /** Kept for existing tests: the deletion sweep is now part of {@link #runScheduledWork()}. */
  public int sweepDeletions() {
    return runScheduledWork();
  }

  @Override
  public void close() {
    http.drain(Duration.ofSeconds(30));
    scheduler.close();
    workers.shutdown();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // After the last request: its record is written, and the final digest covers everything.
    closeQuietly(store, audit, admin);
  }

  private static ExecutorService workers(int threads) {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(10_000), r -> {
          Thread t = new Thread(r, "trent-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
