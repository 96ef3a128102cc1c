package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.cli.TrentCommand;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.store.postgresql.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Audit with several writers: each node keeps its own hash chain in its own data directory; each
 * chain verifies on its own, and {@code trent audit lookup} over every node's directory gives the
 * whole record, merged by event time.
 */
class SeveralNodesAuditIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachNodeChainsItsOwnRecords_lookupMergesThemByTime() throws IOException {
    String url = TestPostgres.shared().newStoreUrl();
    MovableClock clock = new MovableClock();
    Path dirA = TrentFixture.newDataDir();
    Path dirB = TrentFixture.newDataDir();
    String keyId;
    try (TrentFixture a = TrentFixture.onStore(url, dirA, clock)) {
      Files.copy(dirA.resolve(FileRootKeyProvider.FILE_NAME), dirB.resolve(FileRootKeyProvider.FILE_NAME));
      try (TrentFixture b = TrentFixture.onStore(url, dirB, clock)) {
        keyId = a.client().createKey(r -> {}).keyMetadata().keyId();
        clock.advance(Duration.ofSeconds(1));
        b.client().encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x")));
        clock.advance(Duration.ofSeconds(1));
        a.client().describeKey(r -> r.keyId(keyId));
      }
    }

    for (Path dir : List.of(dirA, dirB)) {
      String key = run("audit", "public-key", "--data-dir", dir.toString());
      Path pem = Files.writeString(dir.resolveSibling(dir.getFileName() + ".pem"), key);
      assertThat(new CommandLine(new TrentCommand())
          .execute("audit", "verify", "--data-dir", dir.toString(), "--public-key", pem.toString()))
          .isZero();
    }
    List<String> names = new ArrayList<>();
    for (String line : run("audit", "lookup", "--data-dir", dirA.toString(), "--data-dir",
        dirB.toString(), "--key-id", keyId, "--output", "json").split("\n")) {
      JsonNode record = JSON.readTree(line);
      names.add(record.path("eventName").asText());
    }
    assertThat(names).containsExactly("CreateKey", "Encrypt", "DescribeKey");
  }

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(new CommandLine(new TrentCommand()).execute(args)).isZero();
      return captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(original);
    }
  }
}
