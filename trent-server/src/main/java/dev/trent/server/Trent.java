package dev.trent.server;

import dev.trent.auth.Credential;
import dev.trent.auth.CredentialLookup;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.OperationCatalog;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.MaterialVault;
import dev.trent.core.key.Sm2Regions;
import dev.trent.core.lifecycle.KeyDeletionSweeper;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.server.config.AccessKeyConfig;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.http.HttpServer;
import dev.trent.server.pipeline.RequestPipeline;
import dev.trent.store.Store;
import dev.trent.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The composition root: builds every part from the configuration, by constructor, and owns their
 * lifetimes. {@link #close()} drains in-flight requests before the store closes.
 */
public final class Trent implements AutoCloseable {
  private static final long MATERIAL_CACHE_SIZE = 100_000;

  private final Store store;
  private final HttpServer http;
  private final ExecutorService workers;
  private final KeyDeletionSweeper sweeper;
  private final int port;

  private Trent(Store store, HttpServer http, ExecutorService workers, KeyDeletionSweeper sweeper, int port) {
    this.store = store;
    this.http = http;
    this.workers = workers;
    this.sweeper = sweeper;
    this.port = port;
  }

  /** Starts a server; {@code clock} is the system clock in production, a movable one in tests. */
  public static Trent start(ServerConfig config, Clock clock) {
    config.requireSafeAuth();
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
    }
    Randomness randomness = Randomness.system();
    RootKey rootKey = new FileRootKeyProvider(config.dataDir(), randomness).load();
    Store store = SqliteStore.open(config.dataDir());
    Services services = new Services(store, new KeyResolver(),
        new MaterialVault(rootKey, randomness, MATERIAL_CACHE_SIZE), randomness,
        new Sm2Regions(config.sm2Regions()));
    SigV4Verifier verifier = new SigV4Verifier(config.authMode(), credentials(config), clock, Set.of("kms"));
    RequestPipeline pipeline = new RequestPipeline(
        verifier, ServiceModel.kms(), new OperationCatalog(services), new JsonCodec(), clock);
    ExecutorService workers = workers(config.workerThreads());
    HttpServer http = new HttpServer(config.host(), config.port(), config.maxBodyBytes(), workers, pipeline);
    KeyDeletionSweeper sweeper = new KeyDeletionSweeper(store, clock);
    try {
      int port = http.start();
      sweeper.start(config.deletionSweepInterval());
      return new Trent(store, http, workers, sweeper, port);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      store.close();
      throw new IllegalStateException("interrupted while binding", e);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  /** Runs one deletion sweep now; for tests that move the clock. */
  public int sweepDeletions() {
    return sweeper.sweep();
  }

  @Override
  public void close() {
    http.drain(Duration.ofSeconds(30));
    sweeper.close();
    workers.shutdown();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }

  private static CredentialLookup credentials(ServerConfig config) {
    Map<String, Credential> byId = config.accessKeys().stream()
        .map(Trent::credential)
        .collect(Collectors.toUnmodifiableMap(Credential::accessKeyId, Function.identity()));
    return id -> Optional.ofNullable(byId.get(id));
  }

  private static Credential credential(AccessKeyConfig k) {
    String principal = k.principalArn() != null ? k.principalArn()
        : "arn:aws:iam::" + k.accountId() + ":root";
    return new Credential(k.accessKeyId(),
        SecretBytes.adopt(k.secretAccessKey().getBytes(StandardCharsets.UTF_8)), k.accountId(), principal);
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
