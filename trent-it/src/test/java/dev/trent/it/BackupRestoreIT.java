package dev.trent.it;

import static dev.trent.it.OperatorCommands.PLAINTEXT;
import static dev.trent.it.OperatorCommands.trent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.it.OperatorCommands.Sample;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.rootkey.RootKeyConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code trent backup} and {@code trent restore}: a backup restored into a fresh data directory
 * serves the old keys, and ciphertexts made before the backup decrypt through the AWS SDK.
 */
class BackupRestoreIT {
  private static Path source;
  private static Sample sample;
  private static Path work;

  @BeforeAll
  static void makeData() {
    try (TrentFixture trent = TrentFixture.dev()) {
      source = trent.dataDir();
      sample = Sample.make(trent.client());
    }
    work = OperatorCommands.tempDir();
  }

  @Test
  void backupRestoredWithTheSameRootKey_decryptsOldCiphertexts() throws IOException {
    Path backup = work.resolve("same-key.trentbak");
    assertThat(trent("backup", "--data-dir", source.toString(), "--out", backup.toString()).exit()).isZero();
    Path target = OperatorCommands.tempDir();
    OperatorCommands.copy(source.resolve(FileRootKeyProvider.FILE_NAME), target.resolve(FileRootKeyProvider.FILE_NAME));

    assertThat(trent("restore", "--data-dir", target.toString(), "--in", backup.toString()).exit()).isZero();

    try (TrentFixture restored = TrentFixture.reopen(target, new MovableClock())) {
      assertThat(sample.decrypt(restored.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
    assertThat(Files.readAllBytes(backup)).startsWith("TRENTBK1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(new String(Files.readAllBytes(backup), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("alias/ops").doesNotContain(sample.symmetricKeyId());
  }

  @Test
  void restore_refusesANonEmptyTarget_andAMissingOrWrongRootKey() {
    Path backup = work.resolve("refusals.trentbak");
    assertThat(trent("backup", "--data-dir", source.toString(), "--out", backup.toString()).exit()).isZero();

    OperatorCommands.Run nonEmpty = trent("restore", "--data-dir", source.toString(), "--in", backup.toString());
    assertThat(nonEmpty.exit()).isEqualTo(2);
    assertThat(nonEmpty.err()).contains("The target store is not empty");

    Path noKey = OperatorCommands.tempDir();
    OperatorCommands.Run missing = trent("restore", "--data-dir", noKey.toString(), "--in", backup.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("copy that root.key into");

    Path otherKey = OperatorCommands.tempDir();
    try (TrentFixture other = TrentFixture.reopen(OperatorCommands.tempDir(), new MovableClock())) {
      OperatorCommands.copy(other.dataDir().resolve(FileRootKeyProvider.FILE_NAME),
          otherKey.resolve(FileRootKeyProvider.FILE_NAME));
    }
    OperatorCommands.Run wrong = trent("restore", "--data-dir", otherKey.toString(), "--in", backup.toString());
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("The root key does not match this backup.");

    assertThat(trent("backup", "--data-dir", source.toString(), "--out", backup.toString()).err())
        .contains("refusing to overwrite");
  }

  @Test
  void passphraseBackup_restoresUnderAnotherRootKey_andDecryptsOldCiphertexts() throws IOException {
    Path passphrase = OperatorCommands.file(work, "backup-passphrase", "correct horse battery staple\n");
    Path backup = work.resolve("passphrase.trentbak");
    assertThat(trent("backup", "--data-dir", source.toString(), "--out", backup.toString(),
        "--passphrase-file", passphrase.toString()).exit()).isZero();
    Path target = OperatorCommands.tempDir(); // no root.key: restore makes a new one

    Path wrong = OperatorCommands.file(work, "wrong-passphrase", "correct horse battery stapler\n");
    OperatorCommands.Run refused = trent("restore", "--data-dir", target.toString(), "--in", backup.toString(),
        "--passphrase-file", wrong.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("The backup cannot be decrypted: wrong passphrase or root key");

    assertThat(trent("restore", "--data-dir", target.toString(), "--in", backup.toString(),
        "--passphrase-file", passphrase.toString()).exit()).isZero();

    assertThat(Files.readAllBytes(target.resolve(FileRootKeyProvider.FILE_NAME)))
        .isNotEqualTo(Files.readAllBytes(source.resolve(FileRootKeyProvider.FILE_NAME)));
    try (TrentFixture restored = TrentFixture.reopen(target, new MovableClock())) {
      assertThat(sample.decrypt(restored.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
  }

  @Test
  void passphraseBackup_restoresUnderAPassphraseRootKey() {
    Path passphrase = OperatorCommands.file(work, "backup-passphrase-2", "backup secret\n");
    Path rootPassphrase = OperatorCommands.file(work, "root-passphrase", "root secret\n");
    Path backup = work.resolve("to-passphrase-provider.trentbak");
    assertThat(trent("backup", "--data-dir", source.toString(), "--out", backup.toString(),
        "--passphrase-file", passphrase.toString()).exit()).isZero();
    Path target = OperatorCommands.tempDir();

    OperatorCommands.Run run = trent("restore", "--data-dir", target.toString(), "--in", backup.toString(),
        "--passphrase-file", passphrase.toString(), "--root-key", "passphrase",
        "--root-key-passphrase-file", rootPassphrase.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(target.resolve(FileRootKeyProvider.FILE_NAME)).doesNotExist();
    ServerConfig config = ServerConfig.defaults().withPort(0).withDataDir(target)
        .withRootKey(RootKeyConfig.passphrase(rootPassphrase));
    try (TrentFixture restored = TrentFixture.start(config, new MovableClock())) {
      assertThat(sample.decrypt(restored.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
  }
}
