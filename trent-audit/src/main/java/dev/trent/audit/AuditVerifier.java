package dev.trent.audit;

import dev.trent.crypto.Sha256;
import dev.trent.crypto.signature.MessageType;
import dev.trent.crypto.signature.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an audit directory offline: every record links to the one before it (nothing changed,
 * removed, inserted or reordered), the segments are contiguous, every digest is signed by the
 * given public key, digests chain, and each digest's chain head matches the record it names (so a
 * truncated log is caught up to the last digest).
 *
 * <p>With a time range, records outside it are skipped and the first record inside it is taken as
 * the anchor; digests are checked wherever they name a record that was read.
 */
public final class AuditVerifier {
  private static final int MAX_PROBLEMS = 50;

  private final Path dir;
  private final Verifier verifier;
  private final String fingerprint;
  private final Instant from;
  private final Instant to;
  private final List<String> problems = new ArrayList<>();
  private final Map<Long, String> headsNeeded = new HashMap<>();

  private AuditVerifier(Path dir, byte[] publicKey, Instant from, Instant to) {
    this.dir = dir;
    this.verifier = AuditSigningKey.verifier(publicKey);
    this.fingerprint = AuditSigningKey.fingerprint(publicKey);
    this.from = from;
    this.to = to;
  }

  /** @param from inclusive, or null; @param to inclusive, or null */
  public static VerifyReport verify(Path auditDir, byte[] publicKey, Instant from, Instant to) {
    return new AuditVerifier(auditDir, publicKey, from, to).run();
  }

  private VerifyReport run() {
    List<Digest> digests = readDigests();
    digests.forEach(d -> headsNeeded.put(d.lastSeq(), null));
    RecordWalk walk = new RecordWalk();
    List<Path> segments = Segments.list(dir);
    for (int i = 0; i < segments.size(); i++) {
      walkSegment(segments.get(i), i == segments.size() - 1, walk);
    }
    long lastDigestSeq = 0;
    for (Digest d : digests) {
      lastDigestSeq = d.lastSeq();
      String head = headsNeeded.get(d.lastSeq());
      if (head != null && !head.equals(d.chainHead())) {
        problem("digest of records " + d.firstSeq() + ".." + d.lastSeq()
            + " does not match record " + d.lastSeq() + ": the log was changed");
      } else if (head == null && d.lastSeq() > walk.lastSeq && to == null) {
        problem("records " + Math.max(walk.lastSeq + 1, d.firstSeq()) + ".." + d.lastSeq()
            + " are covered by a signed digest but missing from the log (truncated or deleted)");
      }
    }
    long uncovered = Math.max(0, walk.lastSeq - lastDigestSeq);
    return new VerifyReport(walk.count, digests.size(), walk.firstSeq, walk.lastSeq, uncovered, problems);
  }

  private static final class RecordWalk {
    long count;
    long firstSeq;
    long lastSeq;
    long expected = 1;
    byte[] prev = ChainHash.GENESIS;
    boolean anchored;
  }

  private void walkSegment(Path segment, boolean last, RecordWalk walk) {
    Segments.Lines lines = Segments.split(read(segment));
    String name = segment.getFileName().toString();
    if (lines.tornAt() >= 0) {
      problem(name + " ends with an incomplete record" + (last ? " (truncated, or a crash not yet recovered by a restart)" : ""));
    }
    for (int n = 0; n < lines.complete().size(); n++) {
      String where = name + " line " + (n + 1);
      LogLine line;
      try {
        line = LogLine.parse(lines.complete().get(n));
      } catch (IllegalArgumentException e) {
        problem(where + " is not a well-formed record (changed)");
        continue;
      }
      if (n == 0 && line.seq() != Segments.firstSeq(segment)) {
        problem(name + " should begin with record " + Segments.firstSeq(segment) + " but begins with " + line.seq());
      }
      if (!inRange(line)) {
        continue;
      }
      check(walk, line, where);
    }
  }

  private void check(RecordWalk walk, LogLine line, String where) {
    boolean anchor = !walk.anchored && from != null;
    if (!anchor && line.seq() != walk.expected) {
      problem(line.seq() > walk.expected
          ? "records " + walk.expected + ".." + (line.seq() - 1) + " are missing (before " + where + ")"
          : where + ": record " + line.seq() + " is out of order (expected " + walk.expected + ")");
    }
    byte[] own = ChainHash.next(ChainHash.unhex(line.prev()), line.seq(), line.record());
    if (!ChainHash.hex(own).equals(line.hash())) {
      problem(where + ": record " + line.seq() + " was altered (its hash does not match its content)");
    } else if (!anchor && !line.prev().equals(ChainHash.hex(walk.prev))) {
      problem(where + ": record " + line.seq() + " does not link to the record before it");
    }
    if (walk.count == 0) {
      walk.firstSeq = line.seq();
    }
    walk.anchored = true;
    walk.count++;
    walk.lastSeq = line.seq();
    walk.expected = line.seq() + 1;
    walk.prev = ChainHash.unhex(line.hash());
    if (headsNeeded.containsKey(line.seq())) {
      headsNeeded.put(line.seq(), line.hash());
    }
  }

  private boolean inRange(LogLine line) {
    if (from == null && to == null) {
      return true;
    }
    String time = Recovery.eventTime(line);
    Instant at = time == null ? null : Instant.parse(time);
    return at == null || ((from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to)));
  }

  private List<Digest> readDigests() {
    Path file = dir.resolve(Segments.DIGESTS);
    List<Digest> digests = new ArrayList<>();
    if (!Files.exists(file)) {
      return digests;
    }
    Segments.Lines lines = Segments.split(read(file));
    if (lines.tornAt() >= 0) {
      problem(Segments.DIGESTS + " ends with an incomplete digest");
    }
    long expectedFirst = 1;
    String previousHash = Recovery.NO_DIGEST;
    for (int n = 0; n < lines.complete().size(); n++) {
      String where = Segments.DIGESTS + " line " + (n + 1);
      DigestLine line;
      Digest d;
      try {
        line = DigestLine.parse(lines.complete().get(n));
        d = line.digest();
      } catch (IllegalArgumentException e) {
        problem(where + " is not a well-formed digest");
        continue;
      }
      if (!d.keyFingerprint().equals(fingerprint)
          || !verifier.verify(line.digestBytes(), MessageType.RAW, line.signature())) {
        problem(where + ": signature does not verify with the given public key (digest forged or changed)");
      }
      if (!d.previousDigestHash().equals(previousHash)) {
        problem(where + ": does not follow the digest before it (a digest was removed or reordered)");
      }
      if (d.firstSeq() != expectedFirst || d.count() != d.lastSeq() - d.firstSeq() + 1) {
        problem(where + ": covers records " + d.firstSeq() + ".." + d.lastSeq() + ", expected to start at " + expectedFirst);
      }
      expectedFirst = d.lastSeq() + 1;
      previousHash = ChainHash.hex(Sha256.digest(line.digestBytes()));
      digests.add(d);
    }
    return digests;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void problem(String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(message);
    }
  }
}
