package dev.trent.core.key;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.SymmetricKey;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredMaterial;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes, wraps and unwraps key material. Unwrapped symmetric keys are cached (bounded) by material
 * id, which is immutable, so the cache never serves stale material; a deleted key's entry simply
 * ages out, and lookups always start from the key's stored row.
 */
public final class MaterialVault {
  private static final int MATERIAL_LENGTH = 32;
  private static final int MATERIAL_ID_LENGTH = 32;

  private final RootKey rootKey;
  private final Randomness randomness;
  private final Cache<String, SymmetricKey> unwrapped;

  public MaterialVault(RootKey rootKey, Randomness randomness, long cacheSize) {
    this.rootKey = rootKey;
    this.randomness = randomness;
    this.unwrapped = Caffeine.newBuilder().maximumSize(cacheSize).build();
  }

  /** Generates new symmetric material for {@code key}, returned wrapped for storage. */
  public StoredMaterial newSymmetricMaterial(StoredKey key, String materialId, Instant now) {
    try (SecretBytes material = randomness.secret(MATERIAL_LENGTH)) {
      byte[] wrapped = rootKey.wrap(material, associatedData(key, materialId));
      unwrapped.put(cacheKey(key, materialId), symmetricKey(key, materialId, material));
      return new StoredMaterial(key.keyId(), materialId, wrapped, now);
    }
  }

  /** A fresh KeyMaterialId: 64 hex digits, as AWS shows them. */
  public String newMaterialId() {
    return HexFormat.of().formatHex(randomness.bytes(MATERIAL_ID_LENGTH));
  }

  /**
   * The usable key for one of {@code key}'s materials, or empty when the key has no such material
   * (a ciphertext naming a material that never existed here).
   */
  public Optional<SymmetricKey> symmetricKey(ReadTransaction tx, StoredKey key, String materialId) {
    String cacheKey = cacheKey(key, materialId);
    SymmetricKey cached = unwrapped.getIfPresent(cacheKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredMaterial> stored = tx.material(key.keyId(), materialId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    try (SecretBytes material = rootKey.unwrap(stored.get().wrapped(), associatedData(key, materialId))) {
      SymmetricKey usable = symmetricKey(key, materialId, material);
      unwrapped.put(cacheKey, usable);
      return Optional.of(usable);
    } catch (GeneralSecurityException e) {
      // Storage is untrusted: a row that fails to unwrap was altered or moved. Our fault, not theirs.
      throw new KMSInternalException("Key material of " + key.keyId() + " failed its integrity check.");
    }
  }

  private SymmetricKey symmetricKey(StoredKey key, String materialId, SecretBytes material) {
    return new SymmetricKey(key.accountId(), key.keyId(), HexFormat.of().parseHex(materialId), material,
        randomness);
  }

  private static String cacheKey(StoredKey key, String materialId) {
    return key.keyId() + "/" + materialId;
  }

  private static byte[] associatedData(StoredKey key, String materialId) {
    return (Arns.key(key.region(), key.accountId(), key.keyId()) + "|" + materialId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
