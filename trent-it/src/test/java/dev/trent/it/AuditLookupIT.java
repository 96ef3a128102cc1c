package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.cli.TrentCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The operator's side: {@code trent audit lookup} answers who used a key, {@code verify} passes on
 * an untouched log and fails on a touched one, {@code export} writes CloudTrail's layout, and no
 * file in the data directory holds a plaintext or a data key.
 */
class AuditLookupIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  /** Runs {@code trent args...} in this JVM; returns exit code and standard output. */
  private static Result trent(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exit = new CommandLine(new TrentCommand()).execute(args);
      return new Result(exit, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  record Result(int exit, String output) {}

  @Test
  void lookup_findsWhoUsedAKey_verifyPasses_exportIsCloudTrail_andNoSecretIsOnDisk() throws IOException {
    byte[] plaintext = "correct horse battery staple 42".getBytes(StandardCharsets.UTF_8);
    Path dataDir;
    String keyId;
    String otherKey;
    byte[] dataKey;
    try (TrentFixture trent = TrentFixture.dev();
        KmsClient alice = trent.client("111111111111", "s", "us-east-1");
        KmsClient bob = trent.client("222222222222", "s", "us-east-1")) {
      dataDir = trent.dataDir();
      keyId = alice.createKey(r -> r.description("shared")).keyMetadata().keyId();
      otherKey = alice.createKey(r -> {}).keyMetadata().keyId();
      String arn = "arn:aws:kms:us-east-1:111111111111:key/" + keyId;
      alice.createAlias(r -> r.aliasName("alias/shared").targetKeyId(keyId));
      alice.encrypt(r -> r.keyId("alias/shared").plaintext(SdkBytes.fromByteArray(plaintext)));
      alice.encrypt(r -> r.keyId(otherKey).plaintext(SdkBytes.fromByteArray(plaintext)));
      dataKey = alice.generateDataKey(r -> r.keyId(keyId).keySpec("AES_256")).plaintext().asByteArray();
      // Bob (another account) tries the key by ARN: recorded under Bob, whatever the outcome.
      try {
        bob.encrypt(r -> r.keyId(arn).plaintext(SdkBytes.fromByteArray(plaintext)));
      } catch (RuntimeException expected) {
        // the error code is asserted through lookup below
      }
      alice.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    }

    Result byKey = trent("audit", "lookup", "--data-dir", dataDir.toString(), "--key-id", keyId, "--output", "json");
    assertThat(byKey.exit()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : byKey.output().split("\n")) {
      records.add(JSON.readTree(line));
    }
    // CreateKey, CreateAlias, Encrypt via the alias, GenerateDataKey, Bob's attempt, ScheduleKeyDeletion.
    assertThat(records).extracting(r -> r.path("eventName").asText())
        .containsExactly("CreateKey", "CreateAlias", "Encrypt", "GenerateDataKey", "Encrypt", "ScheduleKeyDeletion");
    assertThat(records.get(4).path("userIdentity").path("accountId").asText()).isEqualTo("222222222222");

    Result table = trent("audit", "lookup", "--data-dir", dataDir.toString(), "--key-id", keyId, "--event-name", "Encrypt");
    assertThat(table.output()).contains("EVENT TIME").contains("arn:aws:iam::111111111111:root")
        .contains("arn:aws:iam::222222222222:root").contains("2 record(s)");
    assertThat(trent("audit", "lookup", "--data-dir", dataDir.toString(), "--account", "222222222222").output())
        .contains("1 record(s)");

    Result verify = trent("audit", "verify", "--data-dir", dataDir.toString());
    assertThat(verify.exit()).as(verify.output()).isZero();
    assertThat(verify.output()).startsWith("OK: 8 records");

    Path keyCopy = temp.resolve("audit-key.pem");
    Files.writeString(keyCopy, trent("audit", "public-key", "--data-dir", dataDir.toString()).output());
    assertThat(trent("audit", "verify", "--data-dir", dataDir.toString(), "--public-key", keyCopy.toString()).exit()).isZero();

    Path export = temp.resolve("export");
    assertThat(trent("audit", "export", "--data-dir", dataDir.toString(), "--out", export.toString()).exit()).isZero();
    int exported = 0;
    try (Stream<Path> files = Files.walk(export)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json.gz")).toList()) {
        assertThat(export.relativize(f).toString()).matches(
            "AWSLogs/\\d{12}/CloudTrail/us-east-1/\\d{4}/\\d\\d/\\d\\d/\\d{12}_CloudTrail_us-east-1_\\d{8}T\\d{4}Z_\\d+\\.json\\.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          exported += JSON.readTree(in).path("Records").size();
        }
      }
    }
    assertThat(exported).isEqualTo(8);

    assertNoSecretIn(dataDir, plaintext);
    assertNoSecretIn(dataDir, dataKey);

    // Tampering with one byte makes verify fail with a non-zero exit.
    Path segment = Files.list(dataDir.resolve("audit")).filter(f -> f.getFileName().toString().startsWith("audit-"))
        .findFirst().orElseThrow();
    Files.writeString(segment, Files.readString(segment).replaceFirst("\"shared\"", "\"sharEd\""));
    Result tampered = trent("audit", "verify", "--data-dir", dataDir.toString());
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.output()).contains("FAILED").contains("altered");
  }

  /** The secret appears in no file of the data directory: raw, base64 or hex. */
  private static void assertNoSecretIn(Path dataDir, byte[] secret) throws IOException {
    byte[] base64 = Base64.getEncoder().encodeToString(secret).getBytes(StandardCharsets.US_ASCII);
    byte[] hex = HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataDir.getParent().resolve(dataDir.getFileName()))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      byte[] content = Files.readAllBytes(f);
      for (byte[] needle : List.of(secret, base64, hex)) {
        assertThat(indexOf(content, needle)).as("secret found in " + f).isEqualTo(-1);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
