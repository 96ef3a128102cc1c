package dev.trent.core.identity;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.StoredAccessKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Seals secret access keys under the root key for storage, with the key's identity (access key id,
 * account, principal) as associated data: a sealed secret copied onto another access key row fails
 * to open. Thread-safe.
 */
public final class AccessKeySecrets {
  private final RootKey rootKey;

  public AccessKeySecrets(RootKey rootKey) {
    this.rootKey = rootKey;
  }

  public byte[] seal(String secretAccessKey, String accessKeyId, String accountId,
      String principalArn) {
    try (SecretBytes secret = SecretBytes.copyOf(secretAccessKey.getBytes(StandardCharsets.UTF_8))) {
      return rootKey.wrap(secret, associatedData(accessKeyId, accountId, principalArn));
    }
  }

  /**
   * The secret of a stored key, as the UTF-8 bytes the client signs with.
   *
   * @throws KMSInternalException when the sealed secret fails its integrity check (storage altered)
   */
  public SecretBytes open(StoredAccessKey key) {
    try {
      return rootKey.unwrap(key.sealedSecret(), associatedData(key));
    } catch (GeneralSecurityException e) {
      throw new KMSInternalException(
          "The secret of access key " + key.accessKeyId() + " failed its integrity check.");
    }
  }

  /** The associated data a stored key's secret was sealed with (for re-wrapping it). */
  public static byte[] associatedData(StoredAccessKey key) {
    return associatedData(key.accessKeyId(), key.accountId(), key.principalArn());
  }

  private static byte[] associatedData(String accessKeyId, String accountId, String principalArn) {
    return ("trent-access-key|" + accessKeyId + "|" + accountId + "|" + principalArn)
        .getBytes(StandardCharsets.UTF_8);
  }
}
