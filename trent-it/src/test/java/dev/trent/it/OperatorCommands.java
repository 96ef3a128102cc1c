package dev.trent.it;

import dev.trent.cli.TrentCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;

/**
 * Runs {@code trent} operator commands in this JVM, and the data the round-trip tests check: a
 * symmetric and an RSA key with an alias, and ciphertexts made before the operation.
 */
final class OperatorCommands {
  static final byte[] PLAINTEXT = "operator round trip".getBytes(StandardCharsets.UTF_8);

  private OperatorCommands() {}

  /** The exit code and what the command wrote to standard error. */
  record Run(int exit, String err) {}

  static Run trent(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = TrentCommand.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, err.toString());
  }

  static Path file(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path tempDir() {
    return TempDirs.create("trent-ops-");
  }

  static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ciphertexts made before an operation, and how to check them after it. */
  record Sample(String symmetricKeyId, SdkBytes symmetric, String rsaKeyId, SdkBytes rsa) {
    static Sample make(KmsClient kms) {
      String sym = kms.createKey(r -> r.description("ops")).keyMetadata().keyId();
      kms.createAlias(r -> r.aliasName("alias/ops").targetKeyId(sym));
      SdkBytes symmetric = kms.encrypt(r -> r.keyId("alias/ops").plaintext(SdkBytes.fromByteArray(PLAINTEXT))
          .encryptionContext(java.util.Map.of("purpose", "ops"))).ciphertextBlob();
      String rsa = kms.createKey(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.ENCRYPT_DECRYPT))
          .keyMetadata().keyId();
      SdkBytes rsaBlob = kms.encrypt(r -> r.keyId(rsa).plaintext(SdkBytes.fromByteArray(PLAINTEXT))
          .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)).ciphertextBlob();
      return new Sample(sym, symmetric, rsa, rsaBlob);
    }

    /** Both old ciphertexts decrypt to the plaintext, and the alias still names the key. */
    List<byte[]> decrypt(KmsClient kms) {
      byte[] a = kms.decrypt(r -> r.ciphertextBlob(symmetric).encryptionContext(java.util.Map.of("purpose", "ops")))
          .plaintext().asByteArray();
      byte[] b = kms.decrypt(r -> r.ciphertextBlob(rsa).keyId(rsaKeyId)
          .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)).plaintext().asByteArray();
      String aliased = kms.describeKey(r -> r.keyId("alias/ops")).keyMetadata().keyId();
      if (!aliased.equals(symmetricKeyId)) {
        throw new AssertionError("alias/ops names " + aliased);
      }
      return List.of(a, b);
    }
  }

}
