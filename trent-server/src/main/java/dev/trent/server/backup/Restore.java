package dev.trent.server.backup;

import dev.trent.core.key.WrappedKinds;
import dev.trent.core.rootkey.RootKeyRewrap;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.backup.SealedStream;
import dev.trent.crypto.rootkey.Argon2idParameters;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.crypto.rootkey.PassphraseRootKey;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.server.rootkey.Passphrases;
import dev.trent.server.rootkey.RootKeyConfig;
import dev.trent.server.rootkey.RootKeyConfig.Provider;
import dev.trent.server.rootkey.RootKeyRefusedException;
import dev.trent.server.rootkey.RootKeySettings;
import dev.trent.store.SnapshotLoad;
import dev.trent.store.Store;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code trent restore}: loads a backup into an empty store in one transaction.
 *
 * <ul>
 *   <li>A root-key backup needs the same root key: the file provider's {@code root.key} copied
 *       into the data directory first, or the same root-key passphrase. The data, its settings
 *       included, comes back exactly as it was.
 *   <li>A passphrase backup is opened with the backup passphrase; the data's root key comes out of
 *       the backup, and if the target's root key (as configured: {@code root.key}, created when
 *       absent, or a root-key passphrase) is another one, every wrapped value is re-wrapped under
 *       it and the target's root-key settings replace the backed-up ones.
 * </ul>
 *
 * <p>An interrupted restore leaves either an empty store (before its commit) or one whose
 * re-wrapping is incomplete: empty the target and restore again.
 */
public final class Restore {
  private final Store target;
  private final Path dataDir;
  private final Randomness randomness;
  private final UnaryOperator<String> env;

  public Restore(Store target, Path dataDir, Randomness randomness, UnaryOperator<String> env) {
    this.target = target;
    this.dataDir = dataDir;
    this.randomness = randomness;
    this.env = env;
  }

  /** What a restore did. */
  public record Result(long rows, long rewrapped, String rootKeyId) {}

  /** @param passphrase the backup passphrase; null for a root-key backup */
  public Result restore(Path in, RootKeyConfig targetKey, SecretBytes passphrase) throws IOException {
    if (!target.maintenance().isEmpty()) {
      throw new IllegalArgumentException("The target store is not empty: restore only into an empty data"
          + " directory or database.");
    }
    try (InputStream file = new BufferedInputStream(Files.newInputStream(in), 1 << 16)) {
      DataInputStream clear = new DataInputStream(file);
      BackupHeader.Read read = BackupHeader.read(clear);
      BackupHeader header = read.header();
      if (BackupHeader.PASSPHRASE.equals(header.protection())) {
        return fromPassphraseBackup(clear, read, targetKey, passphrase);
      }
      RootKey key = sameRootKey(header, targetKey);
      try (SecretBytes base = key.derive(Backup.STREAM_LABEL);
          DataInputStream content = open(clear, base, read.bytes())) {
        long rows = load(content);
        return new Result(rows, 0, key.id());
      }
    }
  }

  private Result fromPassphraseBackup(DataInputStream clear, BackupHeader.Read read, RootKeyConfig targetKey,
      SecretBytes passphrase) throws IOException {
    BackupHeader header = read.header();
    if (passphrase == null) {
      throw new RootKeyRefusedException("This backup is protected by a passphrase: give --passphrase-file.");
    }
    RootKey transport = PassphraseRootKey.derive(passphrase, Argon2idParameters.parse(header.kdf()), randomness);
    RootKey old;
    long rows;
    try (SecretBytes base = transport.derive(Backup.STREAM_LABEL);
        DataInputStream content = open(clear, base, read.bytes())) {
      if (content.readUnsignedByte() != SnapshotCodec.ROOT_KEY) {
        throw new IOException("the backup's content is malformed: no root key record");
      }
      try {
        old = RootKey.unwrapFrom(transport, SnapshotCodec.bytes(content), randomness);
      } catch (GeneralSecurityException e) {
        throw new IOException("the backup's root key record does not unwrap", e);
      }
      rows = load(content);
    } catch (IOException e) {
      throw undecryptable(e);
    }
    Argon2idParameters parameters = targetKey.provider() == Provider.PASSPHRASE
        ? PassphraseRootKey.newParameters(randomness) : null;
    RootKey now = targetKey(targetKey, parameters);
    long rewrapped = now.id().equals(old.id()) ? 0
        : new RootKeyRewrap(target, WrappedKinds.all()).run(old, now, n -> {}).total();
    Map<String, Optional<String>> changes = new HashMap<>();
    changes.put(RootKeySettings.PROVIDER, Optional.of(targetKey.provider().label()));
    changes.put(RootKeySettings.CHECK, Optional.of(RootKeySettings.checkOf(now)));
    changes.put(RootKeySettings.KDF, Optional.ofNullable(parameters).map(Argon2idParameters::encode));
    if (!target.maintenance().replaceSettings(
        Map.of(RootKeySettings.CHECK, Optional.ofNullable(header.rootKeyCheck())), changes)) {
      throw new IllegalStateException("the restored root-key settings changed during the restore");
    }
    return new Result(rows, rewrapped, now.id());
  }

  /** The target's root key for a passphrase backup: as configured, created when the file is absent. */
  private RootKey targetKey(RootKeyConfig config, Argon2idParameters parameters) {
    if (config.provider() == Provider.FILE) {
      return new FileRootKeyProvider(dataDir, randomness).load();
    }
    try (SecretBytes p = Passphrases.read(config.passphraseFile(), RootKeyConfig.PASSPHRASE_ENV, env,
        "root-key passphrase")) {
      return PassphraseRootKey.derive(p, parameters, randomness);
    }
  }

  /** The root key a root-key backup needs, which must be the backed-up data's. */
  private RootKey sameRootKey(BackupHeader header, RootKeyConfig config) {
    RootKey key;
    if (config.provider() == Provider.FILE) {
      Path file = dataDir.resolve(FileRootKeyProvider.FILE_NAME);
      if (!Files.exists(file)) {
        throw new RootKeyRefusedException("This backup is protected by the data's root key: copy that"
            + " root.key into " + dataDir + " first (mode 0600).");
      }
      key = FileRootKeyProvider.read(file, randomness);
    } else {
      if (header.rootKeyKdf() == null) {
        throw new RootKeyRefusedException("This backup's data used the file root-key provider: restore with"
            + " --root-key file and its root.key.");
      }
      try (SecretBytes p = Passphrases.read(config.passphraseFile(), RootKeyConfig.PASSPHRASE_ENV, env,
          "root-key passphrase")) {
        key = PassphraseRootKey.derive(p, Argon2idParameters.parse(header.rootKeyKdf()), randomness);
      }
    }
    if (header.rootKeyCheck() == null || !RootKeySettings.matches(key, header.rootKeyCheck())) {
      throw new RootKeyRefusedException("The root key does not match this backup.");
    }
    return key;
  }

  private static DataInputStream open(InputStream in, SecretBytes base, byte[] header) {
    return new DataInputStream(new BufferedInputStream(SealedStream.open(in, base, header), 1 << 16));
  }

  private long load(DataInputStream content) throws IOException {
    try (SnapshotLoad load = target.maintenance().load()) {
      long rows = SnapshotCodec.read(content, load);
      if (content.read() != -1) {
        throw new IOException("the backup's content is malformed: data after the end record");
      }
      load.commit();
      return rows;
    } catch (IOException e) {
      throw undecryptable(e);
    }
  }

  /** A decryption failure says only that: wrong key or passphrase, or a damaged file. */
  private static IOException undecryptable(IOException e) {
    if (e.getCause() instanceof GeneralSecurityException) {
      throw new RootKeyRefusedException("The backup cannot be decrypted: wrong passphrase or root key,"
          + " or the file is damaged.");
    }
    return e;
  }
}
