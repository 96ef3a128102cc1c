package dev.trent.crypto.rootkey;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quick-start root key: 32 random bytes in {@code root.key} inside the data directory, created
 * with mode 0600 on first start. Anyone who can read that file can read every key; the log says so.
 */
public final class FileRootKeyProvider implements RootKeyProvider {
  private static final Logger LOG = LoggerFactory.getLogger(FileRootKeyProvider.class);
  public static final String FILE_NAME = "root.key";

  private final Path file;
  private final Randomness randomness;

  public FileRootKeyProvider(Path dataDir, Randomness randomness) {
    this.file = dataDir.resolve(FILE_NAME);
    this.randomness = randomness;
  }

  @Override
  public RootKey load() {
    try {
      if (!Files.exists(file)) {
        create();
      }
      byte[] raw = Files.readAllBytes(file);
      if (raw.length != 32) {
        throw new IllegalStateException("root key file " + file + " is not 32 bytes: refusing to start");
      }
      LOG.warn(
          "Root key is a plain file ({}): fine for development, not for production; anyone who can"
              + " read it can decrypt every key. Use the passphrase or pkcs11 provider in production.",
          file);
      try (SecretBytes key = SecretBytes.adopt(raw)) {
        return new RootKey(key, randomness);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read root key file " + file, e);
    }
  }

  private void create() throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = randomness.bytes(32);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(file, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      LOG.warn("Generated a new root key in {}", file);
    } catch (FileAlreadyExistsException raced) {
      // Another process created it first; read theirs.
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }
}
