package dev.trent.server.metrics;

import dev.trent.audit.AuditObserver;
import dev.trent.server.pipeline.RequestObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Trent's meters, in Prometheus form ({@code /metrics} on the admin listener):
 *
 * <ul>
 *   <li>{@code trent_requests_seconds{operation,error}}: count and latency histogram per operation
 *       and outcome ({@code error="none"} on success), audit write included;
 *   <li>{@code trent_request_errors_total{operation,error}} and {@code trent_throttles_total{operation}};
 *   <li>{@code trent_requests_inline_total{operation,outcome}}: data-plane calls answered on the
 *       event loop from memory ({@code served}) or sent on to a worker ({@code deferred});
 *   <li>{@code trent_audit_commit_seconds} (write + fsync of one group commit) and {@code
 *       trent_audit_batch_records} (records per commit);
 *   <li>{@code trent_keys{state,spec}} and {@code
 *       trent_key_material_seconds_until_expiration{key_id,account_id,region}}, read from the store
 *       by {@link KeyGauges} (registered with {@link #beforeScrape});
 *   <li>JVM memory, GC, threads, class loading, CPU and uptime.
 * </ul>
 *
 * Operation tags are limited to the API's operation names, so a caller cannot create series at will.
 * Thread-safe.
 */
public final class ServerMetrics implements RequestObserver, AuditObserver {
  private static final String NONE = "none";
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Predicate<String> knownOperation;
  private final Timer auditCommit;
  private final DistributionSummary auditBatch;
  private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();
  /** Each request meter once registered, by kind and tags ({@link #meter}). */
  private final ConcurrentMap<String, Object> meters = new ConcurrentHashMap<>();

  public ServerMetrics(Predicate<String> knownOperation) {
    this.knownOperation = knownOperation;
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    auditCommit = Timer.builder("trent.audit.commit")
        .description("Write and fsync of one audit group commit")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(10_000)).maximumExpectedValue(Duration.ofSeconds(5))
        .register(registry);
    auditBatch = DistributionSummary.builder("trent.audit.batch")
        .baseUnit("records").description("Audit records made durable by one fsync")
        .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue(1024.0)
        .register(registry);
  }

  @Override
  public void completed(String operation, String errorCode, long nanos) {
    String op = knownOperation.test(operation) ? operation : "Unknown";
    String error = errorCode == null ? NONE : errorCode;
    if ("ThrottlingException".equals(errorCode)) {
      meter("throttles", op, () -> Counter.builder("trent.throttles")
          .description("Requests refused because the server was saturated")
          .tag("operation", op).register(registry)).increment();
    }
    if (errorCode != null) {
      meter("errors", op + ' ' + error, () -> Counter.builder("trent.request.errors")
          .description("Requests answered with an AWS error")
          .tag("operation", op).tag("error", error).register(registry)).increment();
    }
    meter("requests", op + ' ' + error, () -> Timer.builder("trent.requests")
        .description("API requests by operation and outcome")
        .tag("operation", op).tag("error", error)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(50_000)).maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void triedInline(String operation, boolean served) {
    String op = knownOperation.test(operation) ? operation : "Unknown";
    String outcome = served ? "served" : "deferred";
    meter("inline", op + ' ' + outcome, () -> Counter.builder("trent.requests.inline")
        .description("Data-plane requests tried on an event loop: served there from memory, or deferred to a worker")
        .tag("operation", op).tag("outcome", outcome)
        .register(registry)).increment();
  }

  /**
   * The meter of {@code kind} for {@code tags}, registered on first use: a builder's register
   * looks the meter up by its whole identity (name, tags, sorted), which the data plane paid on
   * every request. Tags are bounded (operation names, AWS error codes), and so is this map.
   */
  @SuppressWarnings("unchecked")
  private <M> M meter(String kind, String tags, Supplier<M> register) {
    return (M) meters.computeIfAbsent(kind + ' ' + tags, k -> register.get());
  }

  @Override
  public void committed(int records, long nanos) {
    auditCommit.record(nanos, TimeUnit.NANOSECONDS);
    auditBatch.record(records);
  }

  /** The registry, to add gauges (key counts) from the composition root. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Runs {@code refresh} before every scrape, e.g. {@link KeyGauges#refreshIfStale()}, which
   * re-registers gauges whose set of series changes. It must be cheap (or cached) and not throw.
   */
  public void beforeScrape(Runnable refresh) {
    beforeScrape.add(refresh);
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    for (Runnable refresh : beforeScrape) {
      refresh.run();
    }
    return registry.scrape();
  }
}
