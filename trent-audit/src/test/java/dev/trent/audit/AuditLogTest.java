package dev.trent.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.trent.crypto.Randomness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain, the digests, rotation, recovery and the verifier's answers to each kind of tampering. */
class AuditLogTest {
  @TempDir
  Path dir;

  private static AuditEvent event(int i) {
    JsonNode params = JsonNodeFactory.instance.objectNode().put("keyId", "key-" + i);
    return new AuditEvent(AuditEvent.EVENT_VERSION,
        UserIdentity.of("arn:aws:iam::111122223333:root", "111122223333", "AKID"),
        Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i).toString(), AuditEvent.EVENT_SOURCE,
        "Encrypt", "us-east-1", "127.0.0.1", "test", null, null, params, null,
        UUID.randomUUID().toString(), UUID.randomUUID().toString(), true,
        List.of(AuditResource.key("111122223333", "arn:aws:kms:us-east-1:111122223333:key/k" + i)),
        "AwsApiCall", true, "111122223333", "Management");
  }

  private AuditLog open(AuditLogConfig config) {
    return AuditLog.open(dir, config, AuditSigningKey.loadOrCreate(dir, Randomness.system()), Clock.systemUTC(),
        AuditObserver.NONE);
  }

  private void write(int n, AuditLogConfig config) {
    try (AuditLog log = open(config)) {
      for (int i = 0; i < n; i++) {
        log.record(event(i));
      }
    }
  }

  /** Records {@code count} events from {@code threads} threads at once, then closes the log. */
  private void recordConcurrently(AuditLogConfig config, AuditObserver observer, int count, int threads)
      throws Exception {
    try (AuditLog log = AuditLog.open(dir, config, AuditSigningKey.loadOrCreate(dir, Randomness.system()),
        Clock.systemUTC(), observer)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        done.add(pool.submit(() -> log.record(event(n))));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
  }

  private VerifyReport verify() throws IOException {
    return AuditVerifier.verify(dir, AuditSigningKey.readPem(AuditSigningKey.publicKeyFile(dir)), null, null);
  }

  private static AuditLogConfig small() {
    return new AuditLogConfig(4000, Duration.ofHours(1), 7, Duration.ofHours(1));
  }

  @Test
  void intactLog_verifies() throws IOException {
    write(50, small());
    VerifyReport report = verify();
    assertThat(report.problems()).isEmpty();
    assertThat(report.records()).isEqualTo(50);
    assertThat(report.uncovered()).isZero();
    assertThat(Segments.list(dir)).hasSizeGreaterThan(2);
  }

  @Test
  void reopen_continuesTheChain() throws IOException {
    write(10, small());
    write(10, small());
    VerifyReport report = verify();
    assertThat(report.problems()).isEmpty();
    assertThat(report.lastSeq()).isEqualTo(20);
  }

  @Test
  void concurrentWriters_shareCommitsAndAllLand() throws Exception {
    List<Integer> batches = new ArrayList<>();
    AuditObserver observer = (records, nanos) -> batches.add(records);
    recordConcurrently(AuditLogConfig.defaults(), observer, 2000, 32);
    assertThat(verify().records()).isEqualTo(2000);
    assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2000);
    assertThat(batches.size()).isLessThan(2000);
  }

  /**
   * Group commits across rotations: with segments of a few records, a digest every 7 records and
   * concurrent callers, every record lands once, in chain order, and every digest verifies.
   */
  @Test
  void concurrentWriters_acrossManyRotations_allLandAndVerify() throws Exception {
    List<Integer> commits = new ArrayList<>();
    recordConcurrently(small(), (records, nanos) -> commits.add(records), 600, 16);
    VerifyReport report = verify();
    assertThat(report.records()).isEqualTo(600);
    assertThat(report.ok()).isTrue();
    assertThat(Segments.list(dir).size()).isGreaterThan(10);
    assertThat(commits.stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
  }

  @Test
  void deletedRecord_isCaught() throws IOException {
    write(20, small());
    Path first = Segments.list(dir).get(0);
    List<String> lines = new ArrayList<>(Files.readAllLines(first));
    lines.remove(2);
    Files.write(first, lines);
    assertThat(verify().problems()).anyMatch(p -> p.contains("missing"));
  }

  @Test
  void changedByte_isCaught() throws IOException {
    write(20, small());
    Path first = Segments.list(dir).get(0);
    String text = Files.readString(first);
    Files.writeString(first, text.replaceFirst("key-1\"", "key-9\""));
    assertThat(verify().problems()).anyMatch(p -> p.contains("altered"));
  }

  @Test
  void reorderedRecords_areCaught() throws IOException {
    write(20, small());
    Path first = Segments.list(dir).get(0);
    List<String> lines = new ArrayList<>(Files.readAllLines(first));
    String a = lines.get(1);
    lines.set(1, lines.get(2));
    lines.set(2, a);
    Files.write(first, lines);
    assertThat(verify().problems()).anyMatch(p -> p.contains("out of order"));
  }

  @Test
  void truncatedLastFile_isCaught() throws IOException {
    write(20, small());
    List<Path> segments = Segments.list(dir);
    Path last = segments.get(segments.size() - 1);
    List<String> lines = Files.readAllLines(last);
    Files.write(last, lines.subList(0, lines.size() - 1));
    assertThat(verify().problems()).anyMatch(p -> p.contains("missing from the log"));
  }

  @Test
  void deletedSegment_isCaught() throws IOException {
    write(40, small());
    Files.delete(Segments.list(dir).get(1));
    assertThat(verify().problems()).anyMatch(p -> p.contains("missing"));
  }

  @Test
  void forgedDigest_isCaught() throws IOException {
    write(20, small());
    Path digests = dir.resolve(Segments.DIGESTS);
    Files.writeString(digests, Files.readString(digests).replaceFirst("\"count\":7", "\"count\":8"));
    assertThat(verify().problems()).anyMatch(p -> p.contains("signature"));
  }

  @Test
  void anotherPublicKey_failsEveryDigest(@TempDir Path other) throws IOException {
    write(5, small());
    byte[] foreign = AuditSigningKey.loadOrCreate(other, Randomness.system()).publicKey();
    assertThat(AuditVerifier.verify(dir, foreign, null, null).problems()).anyMatch(p -> p.contains("signature"));
  }

  @Test
  void tornTail_isCutAtRestart_andTheChainStillVerifies() throws IOException {
    write(5, small());
    Path last = Segments.list(dir).get(Segments.list(dir).size() - 1);
    Files.write(last, "{\"seq\":6,\"prev\":\"00".getBytes(StandardCharsets.US_ASCII),
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(verify().problems()).anyMatch(p -> p.contains("incomplete"));
    write(3, small());
    VerifyReport report = verify();
    assertThat(report.problems()).isEmpty();
    assertThat(report.lastSeq()).isEqualTo(8);
  }

  @Test
  void openSegment_hasZeroedSpaceAhead_whichReadersIgnore_andClosingCutsIt() throws Exception {
    Path segment;
    long dataBytes;
    try (AuditLog log = open(AuditLogConfig.defaults())) {
      for (int i = 0; i < 10; i++) {
        log.record(event(i));
      }
      segment = Segments.list(dir).get(0);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (Files.size(segment) < SegmentSpace.CHUNK && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      byte[] bytes = Files.readAllBytes(segment);
      assertThat(bytes.length).isGreaterThanOrEqualTo(SegmentSpace.CHUNK);
      assertThat(bytes[bytes.length - 1]).isZero();
      List<JsonNode> read = new ArrayList<>();
      AuditReader.forEach(dir, read::add);
      assertThat(read).hasSize(10);
      assertThat(verify().problems()).isEmpty();
      dataBytes = Segments.split(bytes).end();
    }
    byte[] closed = Files.readAllBytes(segment);
    assertThat(closed).hasSize((int) dataBytes).doesNotContain((byte) 0);
    assertThat(closed[closed.length - 1]).isEqualTo((byte) '\n');
    assertThat(verify().records()).isEqualTo(10);
  }

  /**
   * The filler is woken only when the space ahead runs low (not at every commit), so it must still
   * be woken then: after the writer has used several times the space first filled, zeros are again
   * ahead of the records.
   */
  @Test
  void spaceAhead_isRefilled_asTheWriterUsesIt() throws Exception {
    String padding = "p".repeat(3000);
    try (AuditLog log = open(AuditLogConfig.defaults())) {
      List<CompletableFuture<Void>> done = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        AuditEvent e = event(i);
        done.add(log.recordAsync(new AuditEvent(e.eventVersion(), e.userIdentity(), e.eventTime(),
            e.eventSource(), e.eventName(), e.awsRegion(), e.sourceIPAddress(), e.userAgent(), null, null,
            JsonNodeFactory.instance.objectNode().put("description", padding), null, e.requestID(),
            e.eventID(), e.readOnly(), e.resources(), e.eventType(), e.managementEvent(),
            e.recipientAccountId(), e.eventCategory())));
      }
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      Path segment = Segments.list(dir).get(0);
      long records = Segments.split(Files.readAllBytes(segment)).end();
      assertThat(records).isGreaterThan(2L * SegmentSpace.AHEAD);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (Files.size(segment) < records + SegmentSpace.CHUNK && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(Files.size(segment)).isGreaterThanOrEqualTo(records + SegmentSpace.CHUNK);
    }
    assertThat(verify().records()).isEqualTo(2000);
  }

  @Test
  void rotatedSegments_holdNoZeroedSpace() throws IOException {
    write(50, small());
    for (Path segment : Segments.list(dir)) {
      assertThat(Files.readAllBytes(segment)).doesNotContain((byte) 0);
    }
  }

  @Test
  void crashWithZeroedSpaceLeft_andATornRecordInIt_isCutAtRestart() throws IOException {
    write(5, small());
    Path last = Segments.list(dir).get(Segments.list(dir).size() - 1);
    // What a crash leaves: the space kept ahead, the start of a record nobody was told was durable.
    Files.write(last, "{\"seq\":6,\"prev\":\"00".getBytes(StandardCharsets.US_ASCII),
        java.nio.file.StandardOpenOption.APPEND);
    Files.write(last, new byte[SegmentSpace.CHUNK], java.nio.file.StandardOpenOption.APPEND);
    assertThat(verify().problems()).anyMatch(p -> p.contains("incomplete"));

    write(3, small());

    VerifyReport report = verify();
    assertThat(report.problems()).isEmpty();
    assertThat(report.lastSeq()).isEqualTo(8);
    for (Path segment : Segments.list(dir)) {
      assertThat(Files.readAllBytes(segment)).doesNotContain((byte) 0);
    }
  }

  @Test
  void crashWithOnlyZeroedSpaceLeft_continuesAfterTheLastRecord() throws IOException {
    write(5, AuditLogConfig.defaults());
    Path segment = Segments.list(dir).get(0);
    Files.write(segment, new byte[3 * SegmentSpace.CHUNK], java.nio.file.StandardOpenOption.APPEND);
    assertThat(verify().problems()).isEmpty();

    write(3, AuditLogConfig.defaults());

    assertThat(Segments.list(dir)).hasSize(2);
    VerifyReport report = verify();
    assertThat(report.problems()).isEmpty();
    assertThat(report.records()).isEqualTo(8);
    assertThat(Files.readAllBytes(segment)).doesNotContain((byte) 0);
  }

  @Test
  void signingKeyFile_isOwnerOnly() throws IOException {
    AuditSigningKey.loadOrCreate(dir, Randomness.system());
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve(AuditSigningKey.PRIVATE_FILE)))).isEqualTo("rw-------");
  }

  @Test
  void timeRange_checksOnlyThoseRecords() throws IOException {
    write(20, small());
    byte[] key = AuditSigningKey.readPem(AuditSigningKey.publicKeyFile(dir));
    VerifyReport report = AuditVerifier.verify(dir, key,
        Instant.parse("2026-11-28T10:00:05Z"), Instant.parse("2026-11-28T10:00:10Z"));
    assertThat(report.problems()).isEmpty();
    assertThat(report.records()).isEqualTo(6);
    assertThat(report.firstSeq()).isEqualTo(6);
  }
}
