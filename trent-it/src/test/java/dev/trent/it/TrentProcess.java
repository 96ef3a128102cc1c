package dev.trent.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code trent serve} in a JVM of its own, started from this test class path, so tests can kill it
 * (SIGKILL) or stop it (SIGTERM) as an operator would. Its standard output is collected; its
 * standard error goes to a log file beside the data directory.
 */
final class TrentProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Trent is listening on (http://\\S+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
  private final CompletableFuture<Void> outputEnded = new CompletableFuture<>();
  private final Path errors;

  private TrentProcess(Process process, Path errors) {
    this.process = process;
    this.errors = errors;
    Thread reader = new Thread(this::readOutput, "trent-process-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code trent serve --port 0 --data-dir dataDir extraArgs...} and waits until it listens. */
  static TrentProcess start(Path dataDir, String... extraArgs) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A small, quick-starting JVM: this one only serves a test.
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        "dev.trent.cli.TrentCommand", "serve", "--port", "0", "--data-dir", dataDir.toString()));
    command.addAll(List.of(extraArgs));
    Path errors = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.log");
    try {
      Process process = new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
          .start();
      process.getOutputStream().close();
      TrentProcess trent = new TrentProcess(process, errors);
      trent.awaitListening();
      return trent;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  URI endpoint() {
    return endpoint.join();
  }

  Process process() {
    return process;
  }

  /** Standard output so far; all of it once the process has exited. */
  String output() {
    if (!process.isAlive()) {
      try {
        outputEnded.get(10, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // Return what was read; the caller's assertion shows it.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return output.toString();
  }

  /** Output and error log, for failure messages. */
  String diagnostics() {
    String err;
    try {
      err = Files.exists(errors) ? Files.readString(errors) : "";
    } catch (IOException e) {
      err = "(cannot read " + errors + ": " + e + ")";
    }
    return "stdout:\n" + output() + "\nstderr:\n" + err;
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** SIGTERM; returns the exit status, or fails if the process does not exit within {@code grace}. */
  int terminate(Duration grace) {
    process.destroy();
    if (!waitFor(grace)) {
      throw new AssertionError("trent did not exit within " + grace + " of SIGTERM\n" + diagnostics());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitListening() {
    try {
      endpoint.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      throw new AssertionError("trent did not start listening\n" + diagnostics(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new AssertionError("interrupted", e);
    }
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.append(line).append('\n');
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          endpoint.complete(URI.create(listening.group(1)));
        }
      }
    } catch (IOException e) {
      // The process died; whoever waits for it sees that.
    }
    endpoint.completeExceptionally(new IllegalStateException("trent exited before listening"));
    outputEnded.complete(null);
  }
}
