package dev.trent.server.rootkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.store.Store;
import dev.trent.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RootKeyBinding} with the file provider: the first start binds, later starts must match. */
class RootKeyBindingTest {
  private static final Randomness RANDOM = Randomness.system();

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private RootKey bind() {
    return RootKeyBinding.open(RootKeyConfig.file(), dir, store, RANDOM, name -> null);
  }

  @Test
  void firstStart_recordsProviderAndCheck_laterStartsMatch() {
    RootKey first = bind();

    assertThat(store.maintenance().setting(RootKeySettings.PROVIDER)).contains("file");
    assertThat(store.maintenance().setting(RootKeySettings.CHECK)).contains(RootKeySettings.checkOf(first));
    assertThat(store.maintenance().setting(RootKeySettings.KDF)).isEmpty();
    assertThat(bind().id()).isEqualTo(first.id());
  }

  @Test
  void anotherKeyFile_isRefused_withoutRevealingAnything() throws IOException {
    RootKey first = bind();
    Path file = dir.resolve(FileRootKeyProvider.FILE_NAME);
    Files.delete(file);
    Files.write(file, RANDOM.bytes(32));

    assertThatThrownBy(this::bind)
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessage("The root key in " + file + " does not match this data.")
        .message().doesNotContain(first.id()).doesNotContain(RootKeySettings.checkOf(first));
  }

  @Test
  void missingKeyFileOfBoundData_isRefused_notReplaced() throws IOException {
    bind();
    Path file = dir.resolve(FileRootKeyProvider.FILE_NAME);
    Files.delete(file);

    assertThatThrownBy(this::bind)
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessageContaining("is missing");
    assertThat(file).doesNotExist();
  }

  @Test
  void unfinishedRotation_refusesStart() {
    bind();
    store.maintenance().replaceSettings(Map.of(), Map.of(RootKeySettings.NEXT_CHECK, Optional.of("00")));

    assertThatThrownBy(this::bind)
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessageContaining("rotation of this data is unfinished");
  }

  @Test
  void otherProvider_isRefused() {
    bind();

    assertThatThrownBy(() -> RootKeyBinding.open(RootKeyConfig.passphrase(null), dir, store, RANDOM,
        name -> "irrelevant"))
        .isInstanceOf(RootKeyRefusedException.class)
        .hasMessage("This data's root key comes from the file provider: start with --root-key file.");
  }

  @Test
  void passphraseProviderWithoutPassphrase_saysWhereToPutIt() {
    assertThatThrownBy(() -> RootKeyBinding.open(RootKeyConfig.passphrase(null), dir, store, RANDOM,
        name -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The root-key passphrase is missing: set TRENT_ROOT_KEY_PASSPHRASE or give a passphrase file.");
  }
}
