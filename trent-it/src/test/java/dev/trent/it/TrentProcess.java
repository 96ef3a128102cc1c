package dev.trent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code trent serve} in a JVM of its own, started from this test class path, so tests can kill it
 * (SIGKILL) or stop it (SIGTERM) as an operator would. Its standard output and error go to files
 * beside the data directory (a pipe could lose the last lines written just before the exit).
 */
final class TrentProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Trent is listening on (http://\\S+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path output;
  private final Path errors;
  private final URI endpoint;

  private TrentProcess(Process process, Path output, Path errors) {
    this.process = process;
    this.output = output;
    this.errors = errors;
    this.endpoint = awaitListening();
  }

  /** Starts {@code trent serve --port 0 --data-dir dataDir extraArgs...} and waits until it listens. */
  static TrentProcess start(Path dataDir, String... extraArgs) {
    return start(dataDir, java.util.Map.of(), extraArgs);
  }

  /** The same, with these variables added to the process environment. */
  static TrentProcess start(Path dataDir, java.util.Map<String, String> env, String... extraArgs) {
    List<String> command = serveCommand(dataDir, extraArgs);
    String name = dataDir.getFileName().toString();
    Path output = dataDir.resolveSibling(name + "-stdout-" + System.nanoTime() + ".log");
    Path errors = dataDir.resolveSibling(name + "-stderr-" + System.nanoTime() + ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(output.toFile())
          .redirectError(errors.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      process.getOutputStream().close();
      return new TrentProcess(process, output, errors);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** The command line of {@code trent serve --port 0 --data-dir dataDir extraArgs...} in a small JVM. */
  static List<String> serveCommand(Path dataDir, String... extraArgs) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A small, quick-starting JVM: this one only serves a test.
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        "dev.trent.cli.TrentCommand", "serve", "--port", "0", "--data-dir", dataDir.toString()));
    command.addAll(List.of(extraArgs));
    return command;
  }

  URI endpoint() {
    return endpoint;
  }

  Process process() {
    return process;
  }

  /** Standard output so far. */
  String output() {
    return read(output);
  }

  /** Output and error log, for failure messages. */
  String diagnostics() {
    return "stdout:\n" + output() + "\nstderr:\n" + read(errors);
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

  private URI awaitListening() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher listening = LISTENING.matcher(output());
      if (listening.find()) {
        return URI.create(listening.group(1));
      }
      if (!process.isAlive()) {
        break;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    process.destroyForcibly();
    throw new AssertionError("trent did not start listening\n" + diagnostics());
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }
}
