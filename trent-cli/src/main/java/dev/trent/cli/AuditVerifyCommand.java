package dev.trent.cli;

import dev.trent.audit.AuditJson;
import dev.trent.audit.AuditSigningKey;
import dev.trent.audit.AuditVerifier;
import dev.trent.audit.Segments;
import dev.trent.audit.VerifyReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trent audit verify}: proves the log untampered, or names the first problem. Exit 0 when
 * everything verifies, 1 on any problem, 2 when the log cannot be read at all.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check the hash chain and the digest signatures of the audit log.")
public final class AuditVerifyCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "Trent's data directory (default: ./trent-data).")
  Path dataDir = Path.of("trent-data");

  @Option(names = "--public-key", description = "PEM public key to verify digests with; use the copy"
      + " exported with `trent audit public-key` and kept elsewhere (default: the data directory's own).")
  Path publicKey;

  @Option(names = "--from", description = "Check records from this time (ISO-8601, e.g. 2026-11-28T00:00:00Z).")
  Instant from;

  @Option(names = "--to", description = "Check records up to this time (ISO-8601).")
  Instant to;

  @Option(names = "--output", description = "text (default) or json.")
  String output = "text";

  @Override
  public Integer call() throws IOException {
    Path dir = Segments.auditDir(dataDir);
    Path keyFile = publicKey != null ? publicKey : AuditSigningKey.publicKeyFile(dir);
    if (!Files.exists(keyFile)) {
      System.err.println("No audit signing key at " + keyFile + ": is " + dataDir + " a Trent data directory?");
      return 2;
    }
    VerifyReport report = AuditVerifier.verify(dir, AuditSigningKey.readPem(keyFile), from, to);
    print(System.out, report, publicKey == null);
    return report.ok() ? 0 : 1;
  }

  private void print(PrintStream out, VerifyReport r, boolean ownKey) {
    if ("json".equals(output)) {
      out.println(new String(AuditJson.bytes(r), java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    if (r.ok()) {
      out.println("OK: " + r.records() + " records" + (r.records() > 0 ? " (" + r.firstSeq() + ".." + r.lastSeq() + ")" : "")
          + ", " + r.digests() + " signed digests verified.");
    } else {
      out.println("FAILED: " + r.problems().size() + " problem(s); the first:");
      r.problems().forEach(p -> out.println("  " + p));
    }
    if (r.uncovered() > 0) {
      out.println("Note: the last " + r.uncovered() + " records are not yet covered by a signed digest"
          + " (the server signs within its digest interval and at shutdown).");
    }
    if (ownKey) {
      out.println("Note: verified with the data directory's own public key; pass --public-key with a copy"
          + " kept elsewhere to rule out a re-signed forgery.");
    }
  }
}
