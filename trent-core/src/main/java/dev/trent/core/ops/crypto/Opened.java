package dev.trent.core.ops.crypto;

import dev.trent.core.key.Arns;
import dev.trent.crypto.SecretBytes;
import dev.trent.store.StoredKey;

/**
 * A decrypted ciphertext, with the key and algorithm that made it. The caller owns the plaintext
 * and closes it.
 *
 * @param materialId the key material that decrypted it; null for asymmetric keys, whose responses
 *     carry no KeyMaterialId (API reference, DecryptResponse)
 */
record Opened(StoredKey key, String materialId, String algorithm, SecretBytes plaintext) {
  String keyArn() {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
