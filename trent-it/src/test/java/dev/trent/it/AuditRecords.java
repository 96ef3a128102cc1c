package dev.trent.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.audit.AuditReader;
import dev.trent.audit.Segments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit records of a Trent data directory, for assertions. */
final class AuditRecords {
  private AuditRecords() {}

  static List<JsonNode> all(Path dataDir) {
    List<JsonNode> records = new ArrayList<>();
    AuditReader.forEach(Segments.auditDir(dataDir), records::add);
    return records;
  }

  /** The one record of the call answered with {@code requestId}; fails if there is none or more. */
  static JsonNode byRequestId(Path dataDir, String requestId) {
    List<JsonNode> found = all(dataDir).stream()
        .filter(r -> requestId.equals(r.path("requestID").asText())).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " audit records for request " + requestId);
    }
    return found.get(0);
  }
}
