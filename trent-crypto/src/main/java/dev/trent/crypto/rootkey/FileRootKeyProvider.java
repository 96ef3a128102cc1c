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
        create(file, randomness);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create root key file " + file, e);
    }
    RootKey key = read(file, randomness);
    LOG.warn("Root key is a plain file ({}): fine for development; anyone who can read it and the"
        + " database can decrypt every key, so keep the data directory private.", file);
    return key;
  }

  /** Reads a 32-byte key file; fails when it is missing or of another length. */
  public static RootKey read(Path file, Randomness randomness) {
    try {
      byte[] raw = Files.readAllBytes(file);
      if (raw.length != 32) {
        Arrays.fill(raw, (byte) 0);
        throw new IllegalStateException("root key file " + file + " is not 32 bytes: refusing to start");
      }
      try (SecretBytes key = SecretBytes.adopt(raw)) {
        return new RootKey(key, randomness);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read root key file " + file, e);
    }
  }

  /**
   * Writes {@code key} to a new file (mode 0600) atomically, as a first start does; used by
   * root-key rotation for the next key and by restore.
   *
   * @throws FileAlreadyExistsException when the file exists
   */
  public static void write(Path file, RootKey key) throws IOException {
    try (SecretBytes raw = key.exportForStorage()) {
      byte[] bytes = raw.toByteArray();
      try {
        if (!link(file, bytes)) {
          throw new FileAlreadyExistsException(file.toString());
        }
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    }
  }

  /** Creates a file holding a new random key, unless another process created it first. */
  private static void create(Path file, Randomness randomness) throws IOException {
    byte[] key = randomness.bytes(32);
    try {
      if (link(file, key)) {
        LOG.warn("Generated a new root key in {}", file);
      }
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Writes the key to a private temporary file, syncs it, then links it into place atomically: a
   * crash leaves either no key file or a whole one, and a racing process never reads half a key.
   *
   * @return false when the file existed already
   */
  private static boolean link(Path file, byte[] key) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    String name = file.getFileName().toString();
    Path temp = Files.createTempFile(parent, name, ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(temp, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      Files.createLink(file, temp);
      return true;
    } catch (FileAlreadyExistsException raced) {
      // Another process created it first; read theirs.
      return false;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
