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
        Arrays.fill(raw, (byte) 0);
        throw new IllegalStateException("root key file " + file + " is not 32 bytes: refusing to start");
      }
      LOG.warn("Root key is a plain file ({}): fine for development; anyone who can read it and the"
          + " database can decrypt every key, so keep the data directory private.", file);
      try (SecretBytes key = SecretBytes.adopt(raw)) {
        return new RootKey(key, randomness);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read root key file " + file, e);
    }
  }

  /**
   * Writes the key to a private temporary file, syncs it, then links it into place atomically: a
   * crash leaves either no key file or a whole one, and a racing process never reads half a key.
   */
  private void create() throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = randomness.bytes(32);
    Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(temp, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      Files.createLink(file, temp);
      LOG.warn("Generated a new root key in {}", file);
    } catch (FileAlreadyExistsException raced) {
      // Another process created it first; read theirs.
    } finally {
      Arrays.fill(key, (byte) 0);
      Files.deleteIfExists(temp);
    }
  }
}
