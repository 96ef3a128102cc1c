package dev.trent.cli;

import dev.trent.audit.AuditSigningKey;
import dev.trent.audit.Segments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trent audit public-key}: prints the digest-signing public key (PEM) to keep elsewhere. */
@Command(name = "public-key", mixinStandardHelpOptions = true,
    description = "Print the audit log's signing public key (PEM).")
public final class AuditPublicKeyCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "Trent's data directory (default: ./trent-data).")
  Path dataDir = Path.of("trent-data");

  @Override
  public Integer call() throws IOException {
    Path file = AuditSigningKey.publicKeyFile(Segments.auditDir(dataDir));
    if (!Files.exists(file)) {
      System.err.println("No audit signing key at " + file + " (it is made when the server first starts).");
      return 2;
    }
    System.out.print(AuditSigningKey.pem(AuditSigningKey.readPem(file)));
    return 0;
  }
}
