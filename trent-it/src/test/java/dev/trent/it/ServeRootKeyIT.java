package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@code trent serve --root-key passphrase} as an operator runs it: the passphrase from a file or
 * from TRENT_ROOT_KEY_PASSPHRASE; a wrong one ends the process with status 2 and one clear line.
 */
class ServeRootKeyIT {
  private static final byte[] PLAINTEXT = "serve root key".getBytes(StandardCharsets.UTF_8);

  @Test
  void passphraseFromFileOrEnvironment_starts_wrongPassphraseExits2WithAClearMessage()
      throws IOException, InterruptedException {
    Path dir = OperatorCommands.tempDir().resolve("data");
    Path secrets = OperatorCommands.tempDir();
    Path right = OperatorCommands.file(secrets, "right", "process passphrase\n");
    SdkBytes blob;
    try (TrentProcess trent = TrentProcess.start(dir, "--root-key", "passphrase",
        "--root-key-passphrase-file", right.toString())) {
      KmsClient kms = TrentFixture.client(trent.endpoint(), "AKIDEXAMPLE", "secret", TrentFixture.REGION);
      String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
      blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(PLAINTEXT))).ciphertextBlob();
      assertThat(trent.terminate(Duration.ofSeconds(30))).isZero();
    }

    ProcessBuilder withoutPassphrase = new ProcessBuilder(TrentProcess.serveCommand(dir, "--root-key", "passphrase"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE);
    withoutPassphrase.environment().remove("TRENT_ROOT_KEY_PASSPHRASE");
    Process wrong = withoutPassphrase.start();
    wrong.getOutputStream().close();
    assertThat(wrong.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(wrong.exitValue()).isEqualTo(2);
    assertThat(new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("The root-key passphrase is missing: set TRENT_ROOT_KEY_PASSPHRASE or give a passphrase file.\n");

    ProcessBuilder mistyped = new ProcessBuilder(TrentProcess.serveCommand(dir, "--root-key", "passphrase"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE);
    mistyped.environment().put("TRENT_ROOT_KEY_PASSPHRASE", "process passphrasE");
    Process refused = mistyped.start();
    refused.getOutputStream().close();
    assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(refused.exitValue()).isEqualTo(2);
    assertThat(new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("The root-key passphrase does not match this data.\n");

    try (TrentProcess again = TrentProcess.start(dir, Map.of("TRENT_ROOT_KEY_PASSPHRASE", "process passphrase"),
        "--root-key", "passphrase")) {
      KmsClient kms = TrentFixture.client(again.endpoint(), "AKIDEXAMPLE", "secret", TrentFixture.REGION);
      assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray()).isEqualTo(PLAINTEXT);
    }
  }
}
