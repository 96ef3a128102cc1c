package dev.trent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.audit.AuditJson;
import dev.trent.audit.AuditReader;
import dev.trent.audit.Segments;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trent audit lookup}: who did what, when, to which key (the Developer Guide's "Determining
 * past usage of a KMS key"). Filters combine with AND; records print oldest first.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = "Find audit records: who used a key, when.")
public final class AuditLookupCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "Trent's data directory (default: ./trent-data). Repeat it"
      + " for the nodes sharing a PostgreSQL store: their records are merged by event time.")
  List<Path> dataDirs = new ArrayList<>(List.of(Path.of("trent-data")));

  @Option(names = "--key-id", description = "Key id or key ARN (or alias name, as the caller named it).")
  String keyId;

  @Option(names = "--event-name", description = "API operation, e.g. Decrypt.")
  String eventName;

  @Option(names = "--principal", description = "Principal ARN, principal id or access key id.")
  String principal;

  @Option(names = "--account", description = "12-digit account id of the caller.")
  String account;

  @Option(names = "--start", description = "Records at or after this time (ISO-8601).")
  Instant start;

  @Option(names = "--end", description = "Records at or before this time (ISO-8601).")
  Instant end;

  @Option(names = "--error-code", description = "Only calls that failed with this AWS error code.")
  String errorCode;

  @Option(names = "--output", description = "table (default) or json (one CloudTrail record per line).")
  String output = "table";

  @Override
  public Integer call() {
    PrintStream out = System.out;
    boolean json = "json".equals(output);
    if (!json) {
      out.printf("%-20s  %-32s  %-45s  %-15s  %-28s  %s%n",
          "EVENT TIME", "EVENT NAME", "PRINCIPAL", "SOURCE IP", "ERROR", "KEY");
    }
    AtomicLong found = new AtomicLong();
    Predicate<JsonNode> filter = filter();
    forEachRecord(filter, record -> {
      found.incrementAndGet();
      if (json) {
        out.println(new String(AuditJson.bytes(record), StandardCharsets.UTF_8));
      } else {
        JsonNode resources = record.path("resources");
        out.printf("%-20s  %-32s  %-45s  %-15s  %-28s  %s%n",
            record.path("eventTime").asText(), record.path("eventName").asText(),
            principalOf(record), record.path("sourceIPAddress").asText(""),
            record.path("errorCode").asText(""),
            resources.size() > 0 ? resources.get(0).path("ARN").asText() : "");
      }
    });
    if (!json) {
      out.println(found.get() + " record(s)");
    }
    return 0;
  }

  /**
   * Matching records, oldest first: one node's log is already in order and is streamed; the logs
   * of several nodes (a chain each) are merged by event time, each node's order kept among equal
   * times.
   */
  private void forEachRecord(Predicate<JsonNode> filter, java.util.function.Consumer<JsonNode> action) {
    if (dataDirs.size() == 1) {
      AuditReader.forEach(Segments.auditDir(dataDirs.get(0)), r -> {
        if (filter.test(r)) {
          action.accept(r);
        }
      });
      return;
    }
    List<JsonNode> matching = new ArrayList<>();
    for (Path dir : dataDirs) {
      AuditReader.forEach(Segments.auditDir(dir), r -> {
        if (filter.test(r)) {
          matching.add(r);
        }
      });
    }
    matching.sort(java.util.Comparator.comparing(r -> Instant.parse(r.path("eventTime").asText())));
    matching.forEach(action);
  }

  private static String principalOf(JsonNode record) {
    JsonNode id = record.path("userIdentity");
    return id.hasNonNull("arn") ? id.get("arn").asText() : "(unauthenticated " + id.path("accessKeyId").asText("?") + ")";
  }

  private Predicate<JsonNode> filter() {
    Predicate<JsonNode> p = r -> true;
    if (keyId != null) {
      p = p.and(this::touchesKey);
    }
    if (eventName != null) {
      p = p.and(r -> eventName.equals(r.path("eventName").asText()));
    }
    if (principal != null) {
      p = p.and(r -> {
        JsonNode id = r.path("userIdentity");
        return principal.equals(id.path("arn").asText()) || principal.equals(id.path("principalId").asText())
            || principal.equals(id.path("accessKeyId").asText());
      });
    }
    if (account != null) {
      p = p.and(r -> account.equals(r.path("userIdentity").path("accountId").asText())
          || account.equals(r.path("recipientAccountId").asText()));
    }
    if (errorCode != null) {
      p = p.and(r -> errorCode.equals(r.path("errorCode").asText()));
    }
    if (start != null || end != null) {
      p = p.and(r -> {
        Instant at = Instant.parse(r.path("eventTime").asText());
        return (start == null || !at.isBefore(start)) && (end == null || !at.isAfter(end));
      });
    }
    return p;
  }

  private boolean touchesKey(JsonNode record) {
    for (JsonNode resource : record.path("resources")) {
      String arn = resource.path("ARN").asText();
      if (arn.equals(keyId) || arn.endsWith(":key/" + keyId)) {
        return true;
      }
    }
    JsonNode params = record.path("requestParameters");
    return keyId.equals(params.path("keyId").asText(null)) || keyId.equals(params.path("targetKeyId").asText(null));
  }
}
