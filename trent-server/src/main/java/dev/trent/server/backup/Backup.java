package dev.trent.server.backup;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.backup.SealedStream;
import dev.trent.crypto.rootkey.Argon2idParameters;
import dev.trent.crypto.rootkey.PassphraseRootKey;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.server.rootkey.RootKeyRefusedException;
import dev.trent.server.rootkey.RootKeySettings;
import dev.trent.store.Store;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;

/**
 * {@code trent backup}: one consistent snapshot of every table of the store, encrypted, written
 * to a new file atomically (mode 0600). Protected either by a key derived from the data's root key
 * (restorable wherever that root key is) or by a backup passphrase through Argon2id (restorable
 * anywhere, under any root key: the data's root key travels inside, wrapped). See
 * docs/backup-format.md.
 */
public final class Backup {
  static final String STREAM_LABEL = "trent backup v1";
  private static final int SALT_LENGTH = 32;

  private final Store store;
  private final Randomness randomness;
  private final Clock clock;

  public Backup(Store store, Randomness randomness, Clock clock) {
    this.store = store;
    this.randomness = randomness;
    this.clock = clock;
  }

  /** What a backup holds: rows, and how it is protected. */
  public record Result(long rows, String protection) {}

  /**
   * @param rootKey the data's root key, already checked against the data
   * @param passphrase the backup passphrase, or null to protect the backup with the root key
   * @throws IllegalArgumentException when {@code out} exists
   */
  public Result write(RootKey rootKey, SecretBytes passphrase, Path out) throws IOException {
    RootKeySettings s = RootKeySettings.read(store.maintenance());
    if (s.rotating()) {
      throw new RootKeyRefusedException("A root-key rotation is unfinished: finish it before taking a backup.");
    }
    if (Files.exists(out)) {
      throw new IllegalArgumentException("refusing to overwrite " + out);
    }
    String salt = Base64.getEncoder().encodeToString(randomness.bytes(SALT_LENGTH));
    RootKey transport = null;
    BackupHeader header;
    if (passphrase == null) {
      header = new BackupHeader(1, clock.instant().toString(), BackupHeader.ROOT_KEY, null, salt,
          s.provider().orElse(null), RootKeySettings.checkOf(rootKey), s.kdf().orElse(null));
    } else {
      Argon2idParameters parameters = PassphraseRootKey.newParameters(randomness);
      transport = PassphraseRootKey.derive(passphrase, parameters, randomness);
      header = new BackupHeader(1, clock.instant().toString(), BackupHeader.PASSPHRASE, parameters.encode(), salt,
          s.provider().orElse(null), RootKeySettings.checkOf(rootKey), s.kdf().orElse(null));
    }
    Path dir = out.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, out.getFileName().toString(), ".partial",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      long rows;
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        DataOutputStream clear = new DataOutputStream(file);
        byte[] headerBytes = header.write(clear);
        RootKey streamKey = transport != null ? transport : rootKey;
        try (SecretBytes base = streamKey.derive(STREAM_LABEL);
            DataOutputStream content = new DataOutputStream(new BufferedOutputStream(
                SealedStream.seal(file, base, headerBytes), 1 << 16))) {
          if (transport != null) {
            byte[] wrapped = rootKey.wrapUnder(transport);
            content.writeByte(SnapshotCodec.ROOT_KEY);
            content.writeInt(wrapped.length);
            content.write(wrapped);
          }
          SnapshotCodec.Writer writer = new SnapshotCodec.Writer(content);
          store.maintenance().snapshot(writer);
          rows = writer.end();
        }
      }
      try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
      return new Result(rows, header.protection());
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
