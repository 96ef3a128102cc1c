package dev.trent.core.key;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.SymmetricKey;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
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
  private final KeyMaterialGenerator generator;
  private final Cache<String, SymmetricKey> unwrapped;
  private final Cache<String, MaterialPrimitives> primitives;
  private final ImportedMaterials imports;

  public MaterialVault(RootKey rootKey, Randomness randomness, long cacheSize) {
    this.rootKey = rootKey;
    this.randomness = randomness;
    this.generator = new KeyMaterialGenerator(randomness);
    this.unwrapped = Caffeine.newBuilder().maximumSize(cacheSize).build();
    this.primitives = Caffeine.newBuilder().maximumSize(cacheSize).build();
    this.imports = new ImportedMaterials(rootKey, generator);
  }

  /** Wrapping keys and unwrapping for imported material. */
  public ImportedMaterials imports() {
    return imports;
  }

  /**
   * Imported material, returned wrapped for storage like generated material.
   *
   * @param publicKey SubjectPublicKeyInfo of an imported private key; null for secret keys
   */
  public StoredMaterial importedMaterial(StoredKey key, String materialId, SecretBytes material,
      byte[] publicKey, Instant now) {
    return new StoredMaterial(key.keyId(), materialId,
        rootKey.wrap(material, associatedData(key, materialId)), publicKey, now);
  }

  /** Generates new material of the key's spec, returned wrapped (and with its public key) for storage. */
  public StoredMaterial newMaterial(StoredKey key, String materialId, Instant now) {
    if (KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec())) {
      try (SecretBytes material = randomness.secret(MATERIAL_LENGTH)) {
        byte[] wrapped = rootKey.wrap(material, associatedData(key, materialId));
        unwrapped.put(cacheKey(key, materialId), symmetricKey(key, materialId, material));
        return new StoredMaterial(key.keyId(), materialId, wrapped, now);
      }
    }
    KeySpec spec = KeySpec.valueOf(key.keySpec());
    if (!spec.isAsymmetric()) {
      try (SecretBytes material = generator.generateHmacKey(spec)) {
        return new StoredMaterial(key.keyId(), materialId,
            rootKey.wrap(material, associatedData(key, materialId)), now);
      }
    }
    KeyPairMaterial pair = generator.generateKeyPair(spec);
    try {
      return new StoredMaterial(key.keyId(), materialId,
          rootKey.wrap(pair.privateKey(), associatedData(key, materialId)), pair.publicKey(), now);
    } finally {
      pair.wipe();
    }
  }

  /**
   * The primitives of one of an asymmetric or HMAC key's materials, or empty when the key has no
   * such material.
   */
  public Optional<MaterialPrimitives> primitives(ReadTransaction tx, StoredKey key, String materialId) {
    String cacheKey = cacheKey(key, materialId);
    MaterialPrimitives cached = primitives.getIfPresent(cacheKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredMaterial> stored = tx.material(key.keyId(), materialId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    MaterialPrimitives built = new MaterialPrimitives(key.keyId(), KeySpec.valueOf(key.keySpec()),
        unwrap(key, stored.get()), stored.get().publicKey(), randomness);
    primitives.put(cacheKey, built);
    return Optional.of(built);
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
    try (SecretBytes material = unwrap(key, stored.get())) {
      SymmetricKey usable = symmetricKey(key, materialId, material);
      unwrapped.put(cacheKey, usable);
      return Optional.of(usable);
    }
  }

  private SecretBytes unwrap(StoredKey key, StoredMaterial stored) {
    try {
      return rootKey.unwrap(stored.wrapped(), associatedData(key, stored.materialId()));
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

  static byte[] associatedData(StoredKey key, String materialId) {
    return (Arns.key(key.region(), key.accountId(), key.keyId()) + "|" + materialId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
