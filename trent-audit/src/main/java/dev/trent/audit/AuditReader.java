package dev.trent.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the records of an audit directory in sequence order, without checking the chain (that is
 * {@link AuditVerifier}'s job). Malformed or torn lines are skipped. Reads a segment at a time.
 */
public final class AuditReader {
  private AuditReader() {}

  /** Calls {@code each} with every CloudTrail record, oldest first. */
  public static void forEach(Path auditDir, Consumer<JsonNode> each) {
    for (Path segment : Segments.list(auditDir)) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(segment);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (byte[] line : Segments.split(bytes).complete()) {
        try {
          each.accept(AuditJson.parse(LogLine.parse(line).record()));
        } catch (IllegalArgumentException | UncheckedIOException e) {
          // Not a record: verify reports it; lookups and exports show what can be read.
        }
      }
    }
  }
}
