package dev.trent.server.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each event as one line to a file (JSON Lines), creating it and its directory. */
final class JsonLinesFileSink implements EventSink {
  private final Path file;

  JsonLinesFileSink(Path file) {
    this.file = file;
  }

  @Override
  public void deliver(String event) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, (event + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
  }

  @Override
  public String describe() {
    return "file " + file;
  }
}
