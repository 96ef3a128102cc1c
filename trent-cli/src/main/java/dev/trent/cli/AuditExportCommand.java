package dev.trent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.audit.AuditJson;
import dev.trent.audit.AuditReader;
import dev.trent.audit.Segments;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trent audit export}: writes the records in CloudTrail's S3 layout, {@code
 * AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<MM>/<dd>/<account>_CloudTrail_<region>_<yyyyMMddTHHmmZ>_<n>.json.gz},
 * each file gzip JSON {@code {"Records":[...]}} of at most 1000 records, so CloudTrail tooling
 * reads it. Records of unauthenticated calls (no account) go under account {@code unknown}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the audit log in CloudTrail's file layout (gzip JSON).")
public final class AuditExportCommand implements Callable<Integer> {
  private static final int PER_FILE = 1000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

  @Option(names = "--data-dir", description = "Trent's data directory (default: ./trent-data).")
  Path dataDir = Path.of("trent-data");

  @Option(names = "--out", required = true, description = "Directory to write AWSLogs/... into.")
  Path out;

  private final Map<String, ArrayNode> open = new LinkedHashMap<>();
  private final Map<String, Instant> firstTime = new LinkedHashMap<>();
  private int files;
  private long records;

  @Override
  public Integer call() {
    AuditReader.forEach(Segments.auditDir(dataDir), this::add);
    for (String group : open.keySet().toArray(String[]::new)) {
      flush(group);
    }
    System.out.println("Exported " + records + " record(s) into " + files + " file(s) under " + out.resolve("AWSLogs"));
    return 0;
  }

  private void add(JsonNode record) {
    Instant at = Instant.parse(record.path("eventTime").asText());
    String group = account(record) + "|" + record.path("awsRegion").asText("unknown") + "|" + DAY.format(at);
    open.computeIfAbsent(group, g -> JsonNodeFactory.instance.arrayNode()).add(record);
    firstTime.putIfAbsent(group, at);
    records++;
    if (open.get(group).size() >= PER_FILE) {
      flush(group);
    }
  }

  private static String account(JsonNode record) {
    String account = record.path("recipientAccountId").asText("");
    return account.isEmpty() ? "unknown" : account;
  }

  private void flush(String group) {
    ArrayNode batch = open.remove(group);
    Instant first = firstTime.remove(group);
    String[] parts = group.split("\\|", 3);
    String name = parts[0] + "_CloudTrail_" + parts[1] + "_" + STAMP.format(first) + "_" + String.format("%06d", ++files) + ".json.gz";
    Path file = out.resolve("AWSLogs").resolve(parts[0]).resolve("CloudTrail").resolve(parts[1]).resolve(parts[2]).resolve(name);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("Records", batch);
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
        gz.write(AuditJson.bytes(body));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
