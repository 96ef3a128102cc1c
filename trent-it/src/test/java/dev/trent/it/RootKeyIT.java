package dev.trent.it;

import static dev.trent.it.OperatorCommands.PLAINTEXT;
import static dev.trent.it.OperatorCommands.trent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.it.OperatorCommands.Sample;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.rootkey.RootKeyConfig;
import dev.trent.server.rootkey.RootKeyRefusedException;
import dev.trent.server.rootkey.RootKeyRotation;
import dev.trent.store.Store;
import dev.trent.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Root-key providers and rotation, end to end: ciphertexts made before a rotation decrypt after
 * it through the AWS SDK; an interrupted rotation blocks starts until it is finished; the
 * passphrase provider starts with the right passphrase and refuses a wrong one.
 */
class RootKeyIT {
  private static ServerConfig config(Path dataDir, RootKeyConfig rootKey) {
    return ServerConfig.defaults().withPort(0).withDataDir(dataDir).withDeletionSweepInterval(Duration.ofHours(1))
        .withRootKey(rootKey);
  }

  @Test
  void fileRootKeyRotated_oldCiphertextsStillDecrypt() throws IOException {
    Path dir;
    Sample sample;
    try (TrentFixture trent = TrentFixture.dev()) {
      dir = trent.dataDir();
      sample = Sample.make(trent.client());
    }
    byte[] before = Files.readAllBytes(dir.resolve(FileRootKeyProvider.FILE_NAME));

    OperatorCommands.Run run = trent("root-key", "rotate", "--data-dir", dir.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve(FileRootKeyProvider.FILE_NAME))).hasSize(32).isNotEqualTo(before);
    assertThat(dir.resolve("root.key.next")).doesNotExist();
    try (TrentFixture after = TrentFixture.reopen(dir, new MovableClock())) {
      assertThat(sample.decrypt(after.client())).containsExactly(PLAINTEXT, PLAINTEXT);
      var kms = after.client(); // and new keys work under the new root key
      String fresh = kms.createKey(r -> {}).keyMetadata().keyId();
      var blob = kms.encrypt(r -> r.keyId(fresh).plaintext(software.amazon.awssdk.core.SdkBytes.fromByteArray(PLAINTEXT)))
          .ciphertextBlob();
      assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray()).isEqualTo(PLAINTEXT);
    }
  }

  @Test
  void interruptedRotation_refusesStarts_untilRunAgain() {
    Path dir;
    Sample sample;
    try (TrentFixture trent = TrentFixture.dev()) {
      dir = trent.dataDir();
      sample = Sample.make(trent.client());
    }
    try (Store store = SqliteStore.open(dir)) {
      RuntimeException crash = new IllegalStateException("power cut");
      assertThatThrownBy(() -> new RootKeyRotation(dir, store, Randomness.system(), name -> null)
          .rotate(RootKeyConfig.file(), null, n -> {
            throw crash;
          })).isSameAs(crash);
    }

    assertThatThrownBy(() -> TrentFixture.reopen(dir, new MovableClock()))
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessage("A root-key rotation of this data is unfinished: run `trent root-key rotate` again to"
            + " finish it, then start Trent.");

    OperatorCommands.Run resumed = trent("root-key", "rotate", "--data-dir", dir.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    try (TrentFixture after = TrentFixture.reopen(dir, new MovableClock())) {
      assertThat(sample.decrypt(after.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
  }

  @Test
  void passphraseProvider_rightPassphraseStarts_wrongIsRefused_rotationMovesToTheNewOne() {
    Path dir = OperatorCommands.tempDir();
    Path secrets = OperatorCommands.tempDir();
    Path right = OperatorCommands.file(secrets, "right", "a long and private passphrase\n");
    Path wrong = OperatorCommands.file(secrets, "wrong", "a long and private passphrasE\n");
    Path next = OperatorCommands.file(secrets, "next", "the next passphrase\n");
    Sample sample;
    try (TrentFixture trent = TrentFixture.start(config(dir, RootKeyConfig.passphrase(right)), new MovableClock())) {
      sample = Sample.make(trent.client());
    }
    assertThat(dir.resolve(FileRootKeyProvider.FILE_NAME)).doesNotExist();

    long start = System.nanoTime();
    try (TrentFixture again = TrentFixture.start(config(dir, RootKeyConfig.passphrase(right)), new MovableClock())) {
      System.out.printf("passphrase provider: restart with Argon2id (m=64 MiB, t=3, p=1) took %d ms%n",
          (System.nanoTime() - start) / 1_000_000);
      assertThat(sample.decrypt(again.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
    assertThatThrownBy(() -> TrentFixture.start(config(dir, RootKeyConfig.passphrase(wrong)), new MovableClock()))
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessage("The root-key passphrase does not match this data.");
    assertThatThrownBy(() -> TrentFixture.start(config(dir, RootKeyConfig.file()), new MovableClock()))
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessage("This data's root key comes from the passphrase provider: start with --root-key passphrase.");

    OperatorCommands.Run rotated = trent("root-key", "rotate", "--data-dir", dir.toString(), "--root-key",
        "passphrase", "--root-key-passphrase-file", right.toString(), "--new-passphrase-file", next.toString());

    assertThat(rotated.exit()).as(rotated.err()).isZero();
    assertThatThrownBy(() -> TrentFixture.start(config(dir, RootKeyConfig.passphrase(right)), new MovableClock()))
        .hasMessage("The root-key passphrase does not match this data.");
    try (TrentFixture after = TrentFixture.start(config(dir, RootKeyConfig.passphrase(next)), new MovableClock())) {
      assertThat(sample.decrypt(after.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
  }

  @Test
  void fileProvider_refusesAnotherDatasKey() throws IOException {
    Path dir;
    try (TrentFixture trent = TrentFixture.dev()) {
      dir = trent.dataDir();
      Sample.make(trent.client());
    }
    Files.delete(dir.resolve(FileRootKeyProvider.FILE_NAME));
    Files.write(dir.resolve(FileRootKeyProvider.FILE_NAME), Randomness.system().bytes(32));

    assertThatThrownBy(() -> TrentFixture.reopen(dir, new MovableClock()))
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessage("The root key in " + dir.resolve(FileRootKeyProvider.FILE_NAME) + " does not match this data.");
  }
}
