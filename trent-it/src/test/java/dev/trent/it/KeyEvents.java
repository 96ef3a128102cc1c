package dev.trent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the EventBridge events a server wrote to its JSON-lines file; delivery is asynchronous. */
final class KeyEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KeyEvents() {}

  static List<JsonNode> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<JsonNode> events = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        events.add(JSON.readTree(line));
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits up to five seconds for an event of this type about this key. */
  static JsonNode await(Path file, String detailType, String keyId) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      Optional<JsonNode> found = read(file).stream()
          .filter(e -> e.path("detail-type").asText().equals(detailType))
          .filter(e -> e.path("detail").path("key-id").asText().equals(keyId))
          .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + detailType + " event for " + keyId + " in " + file);
  }

  static long count(Path file, String detailType, String keyId) {
    return read(file).stream()
        .filter(e -> e.path("detail-type").asText().equals(detailType))
        .filter(e -> e.path("detail").path("key-id").asText().equals(keyId))
        .count();
  }
}
