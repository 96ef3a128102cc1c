package dev.trent.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM whose output goes to a log file, and which announces its port with a line matching
 * {@code listening on http://HOST:PORT}.
 */
final class JavaProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on http://[^\\s:]+:(\\d+)");
  /** Trent's {@code Metrics: http://127.0.0.1:PORT/metrics} line, when its admin listener is on. */
  private static final Pattern METRICS = Pattern.compile("Metrics: http://[^\\s:]+:(\\d+)/metrics");
  /** Children still running; killed if the harness itself is stopped, so none outlives it. */
  private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Process p : RUNNING) {
        p.destroyForcibly();
      }
    }, "bench-children"));
  }

  private final Process process;
  private final long spawnedNanos;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private volatile long listeningNanos;
  private volatile int metricsPort = -1;
  private final Path log;

  private JavaProcess(Process process, long spawnedNanos, Path log) {
    this.process = process;
    this.spawnedNanos = spawnedNanos;
    this.log = log;
  }

  static JavaProcess spawn(List<String> javaOptions, List<String> mainAndArgs, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(mainAndArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long spawned = System.nanoTime();
    JavaProcess p = new JavaProcess(builder.start(), spawned, log);
    RUNNING.add(p.process);
    Thread pump = new Thread(p::pump, "bench-log-" + p.process.pid());
    pump.setDaemon(true);
    pump.start();
    return p;
  }

  private void pump() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        if (metricsPort < 0) {
          Matcher metrics = METRICS.matcher(line);
          if (metrics.find()) {
            metricsPort = Integer.parseInt(metrics.group(1));
          }
        }
        Matcher m = LISTENING.matcher(line);
        if (!port.isDone() && m.find()) {
          listeningNanos = System.nanoTime();
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      port.completeExceptionally(e);
    } finally {
      port.completeExceptionally(new IOException("process exited before listening; see " + log));
    }
  }

  /** Waits for the listening line; the port announced. */
  int awaitPort(long timeoutSeconds) throws Exception {
    try {
      return port.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException("no listening line within " + timeoutSeconds + " s; see " + log, e);
    }
  }

  long spawnedNanos() {
    return spawnedNanos;
  }

  long listeningNanos() {
    return listeningNanos;
  }

  /** The port of the process's metrics listener, once it announced one; -1 before or without. */
  int metricsPort() {
    return metricsPort;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGTERM, then up to a minute for a graceful exit, then SIGKILL. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      RUNNING.remove(process);
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    RUNNING.remove(process);
  }
}
