package dev.trent.server.identity;

import dev.trent.core.iam.AccessKeys;
import dev.trent.core.identity.IssuedAccessKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first credentials of a strict-mode Trent: the default account's root access key. Taken from
 * {@code TRENT_ROOT_ACCESS_KEY_ID} and {@code TRENT_ROOT_SECRET_ACCESS_KEY} when both are set
 * (installed, or its secret replaced, at every start; a root key installed earlier under another id
 * stays until deleted with DeleteAccessKey); otherwise, if the account root has
 * no key yet, one is generated and written once to {@value #FILE_NAME} in the data directory with
 * mode 0600. The log names the file, never the secret.
 */
public final class RootBootstrap {
  public static final String ENV_ACCESS_KEY_ID = "TRENT_ROOT_ACCESS_KEY_ID";
  public static final String ENV_SECRET_ACCESS_KEY = "TRENT_ROOT_SECRET_ACCESS_KEY";
  public static final String FILE_NAME = "root-credentials";
  private static final Logger LOG = LoggerFactory.getLogger(RootBootstrap.class);

  private RootBootstrap() {}

  /**
   * @return the file the generated credentials were written to, or null when none was written
   */
  public static Path ensureRootKey(AccessKeys keys, String accountId, Map<String, String> env,
      Path dataDir) {
    String id = env.get(ENV_ACCESS_KEY_ID);
    String secret = env.get(ENV_SECRET_ACCESS_KEY);
    if (id != null || secret != null) {
      if (id == null || secret == null || id.isBlank() || secret.isBlank()) {
        throw new IllegalArgumentException("Set both " + ENV_ACCESS_KEY_ID + " and "
            + ENV_SECRET_ACCESS_KEY + ", or neither.");
      }
      keys.installRootKey(accountId, id, secret);
      LOG.info("The root credentials of account {} come from {} (access key id {}).", accountId,
          ENV_ACCESS_KEY_ID, id);
      return null;
    }
    if (keys.rootHasKeys(accountId)) {
      return null;
    }
    Path file = dataDir.resolve(FILE_NAME);
    if (Files.exists(file)) {
      throw new IllegalStateException(file + " exists, but account " + accountId + " has no root"
          + " key: it is from another database. Move it away, or set " + ENV_ACCESS_KEY_ID
          + " and " + ENV_SECRET_ACCESS_KEY + ".");
    }
    IssuedAccessKey issued = keys.createRootKey(accountId);
    writeOnce(file, credentialsFile(issued));
    LOG.warn("Generated the root credentials of account {} and wrote them to {} (mode 0600)."
        + " Keep them safe and delete the file once stored elsewhere.", accountId, file);
    return file;
  }

  /** The AWS shared-credentials format, so the file can be used as a profile directly. */
  public static String credentialsFile(IssuedAccessKey issued) {
    return "# Trent root credentials of account " + issued.accountId() + "\n"
        + "[default]\n"
        + "aws_access_key_id = " + issued.accessKeyId() + "\n"
        + "aws_secret_access_key = " + issued.secretAccessKey() + "\n";
  }

  /** Creates the file readable by its owner only, before any secret is in it; never overwrites. */
  static void writeOnce(Path file, String content) {
    try {
      try {
        Files.createFile(file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException(file + " exists already: the root credentials are written"
          + " only once. Move it away to generate new ones.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
