package dev.trent.crypto.rootkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.InsecureSequenceRandomness;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FileRootKeyProvider}: {@code root.key} in the data directory, created 0600. */
class FileRootKeyProviderTest {
  private static final SecretBytes MATERIAL = SecretBytes.copyOf(new byte[32]);
  private static final byte[] IDENTITY = {1, 2, 3};

  @TempDir Path dataDir;

  @Test
  void firstLoad_createsThirtyTwoByteFileReadableOnlyByOwner() throws IOException {
    new FileRootKeyProvider(dataDir, Randomness.system()).load();

    Path file = dataDir.resolve(FileRootKeyProvider.FILE_NAME);
    assertThat(file).isRegularFile();
    assertThat(Files.size(file)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void firstLoad_writesBytesFromRandomness() throws IOException {
    new FileRootKeyProvider(dataDir, new InsecureSequenceRandomness(0x55)).load();

    assertThat(Files.readAllBytes(dataDir.resolve("root.key")))
        .isEqualTo(new InsecureSequenceRandomness(0x55).bytes(32));
  }

  @Test
  void missingDataDirectory_isCreated() {
    Path nested = dataDir.resolve("a").resolve("b");

    new FileRootKeyProvider(nested, Randomness.system()).load();

    assertThat(nested.resolve("root.key")).isRegularFile();
  }

  @Test
  void secondLoad_returnsSameKey() throws GeneralSecurityException, IOException {
    RootKey first = new FileRootKeyProvider(dataDir, Randomness.system()).load();
    byte[] before = Files.readAllBytes(dataDir.resolve("root.key"));
    RootKey second = new FileRootKeyProvider(dataDir, Randomness.system()).load();

    assertThat(second.unwrap(first.wrap(MATERIAL, IDENTITY), IDENTITY)).isEqualTo(MATERIAL);
    assertThat(Files.readAllBytes(dataDir.resolve("root.key"))).isEqualTo(before);
  }

  @Test
  void otherDataDirectory_getsAnotherKey() {
    RootKey first = new FileRootKeyProvider(dataDir.resolve("one"), Randomness.system()).load();
    RootKey other = new FileRootKeyProvider(dataDir.resolve("two"), Randomness.system()).load();

    assertThatThrownBy(() -> other.unwrap(first.wrap(MATERIAL, IDENTITY), IDENTITY))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 16, 31, 33, 64})
  void fileOfWrongLength_refusesToLoadAndIsLeftAlone(int length) throws IOException {
    Path file = dataDir.resolve("root.key");
    byte[] content = new InsecureSequenceRandomness().bytes(length);
    Files.write(file, content);
    FileRootKeyProvider provider = new FileRootKeyProvider(dataDir, Randomness.system());

    assertThatThrownBy(provider::load).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
  }
}
