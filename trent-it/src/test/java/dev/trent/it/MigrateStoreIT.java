package dev.trent.it;

import static dev.trent.it.OperatorCommands.PLAINTEXT;
import static dev.trent.it.OperatorCommands.trent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.it.OperatorCommands.Sample;
import dev.trent.store.postgresql.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code trent migrate-store}: SQLite to PostgreSQL and back again, each store then serving the old
 * keys; ciphertexts made before the first move decrypt after the last, through the AWS SDK.
 */
class MigrateStoreIT {
  @Test
  void sqliteToPostgresAndBack_oldCiphertextsDecryptEverywhere() {
    Path source;
    Sample sample;
    try (TrentFixture trent = TrentFixture.dev()) {
      source = trent.dataDir();
      sample = Sample.make(trent.client());
    }
    String postgres = TestPostgres.shared().newStoreUrl();

    OperatorCommands.Run toPostgres = trent("migrate-store", "--from", source.toString(), "--to", postgres);

    assertThat(toPostgres.exit()).as(toPostgres.err()).isZero();
    Path node = TrentFixture.newDataDir();
    OperatorCommands.copy(source.resolve(FileRootKeyProvider.FILE_NAME), node.resolve(FileRootKeyProvider.FILE_NAME));
    try (TrentFixture onPostgres = TrentFixture.onStore(postgres, node, new MovableClock())) {
      assertThat(sample.decrypt(onPostgres.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }

    Path back = OperatorCommands.tempDir();
    OperatorCommands.Run toSqlite = trent("migrate-store", "--from", postgres, "--to", back.toString());

    assertThat(toSqlite.exit()).as(toSqlite.err()).isZero();
    OperatorCommands.copy(source.resolve(FileRootKeyProvider.FILE_NAME), back.resolve(FileRootKeyProvider.FILE_NAME));
    try (TrentFixture onSqlite = TrentFixture.reopen(back, new MovableClock())) {
      assertThat(sample.decrypt(onSqlite.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
    OperatorCommands.Run again = trent("migrate-store", "--from", source.toString(), "--to", postgres);
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("the target store is not empty");
  }

  @Test
  void sqliteToSqlite_copiesTheRootKeyFileAlong() {
    Path source;
    Sample sample;
    try (TrentFixture trent = TrentFixture.dev()) {
      source = trent.dataDir();
      sample = Sample.make(trent.client());
    }
    Path target = OperatorCommands.tempDir();

    assertThat(trent("migrate-store", "--from", source.toString(), "--to", target.toString()).exit()).isZero();

    try (TrentFixture copy = TrentFixture.reopen(target, new MovableClock())) {
      assertThat(sample.decrypt(copy.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
  }

  @Test
  void backupOfAPostgresStore_restoresIntoSqlite() {
    Path source;
    Sample sample;
    try (TrentFixture trent = TrentFixture.dev()) {
      source = trent.dataDir();
      sample = Sample.make(trent.client());
    }
    String postgres = TestPostgres.shared().newStoreUrl();
    assertThat(trent("migrate-store", "--from", source.toString(), "--to", postgres).exit()).isZero();
    Path backup = OperatorCommands.tempDir().resolve("postgres.trentbak");

    OperatorCommands.Run made = trent("backup", "--store", postgres, "--data-dir", source.toString(),
        "--out", backup.toString());

    assertThat(made.exit()).as(made.err()).isZero();
    Path target = OperatorCommands.tempDir();
    OperatorCommands.copy(source.resolve(FileRootKeyProvider.FILE_NAME), target.resolve(FileRootKeyProvider.FILE_NAME));
    assertThat(trent("restore", "--data-dir", target.toString(), "--in", backup.toString()).exit()).isZero();
    try (TrentFixture restored = TrentFixture.reopen(target, new MovableClock())) {
      assertThat(sample.decrypt(restored.client())).containsExactly(PLAINTEXT, PLAINTEXT);
    }
  }
}
