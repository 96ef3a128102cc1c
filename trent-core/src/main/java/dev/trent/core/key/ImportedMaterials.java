package dev.trent.core.key;

import dev.trent.crypto.HmacSha256;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.crypto.wrap.ImportUnwrapper;
import dev.trent.crypto.wrap.WrappingAlgorithm;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The cryptography of BYOK: wrapping key pairs for GetParametersForImport (private half stored only
 * wrapped under the root key, bound to the key ARN and token id) and unwrapping what the customer
 * sends. An imported material's id is an HMAC keyed by the material itself, so importing the same
 * material again yields the same id (and every earlier ciphertext decrypts again) while the id
 * reveals nothing about the material.
 */
public final class ImportedMaterials {
  private static final byte[] ID_LABEL = "trent imported key material id|".getBytes(StandardCharsets.UTF_8);

  private final RootKey rootKey;
  private final KeyMaterialGenerator generator;

  ImportedMaterials(RootKey rootKey, KeyMaterialGenerator generator) {
    this.rootKey = rootKey;
    this.generator = generator;
  }

  /** A fresh wrapping key pair of {@code spec}, ready to store under {@code tokenId}. */
  public StoredImportToken newToken(StoredKey key, String tokenId, WrappingAlgorithm algorithm,
      KeySpec spec, Instant validTo) {
    KeyPairMaterial pair = generator.generateKeyPair(spec);
    try {
      return new StoredImportToken(tokenId, key.keyId(), algorithm.name(), spec.name(),
          rootKey.wrap(pair.privateKey(), associatedData(key, tokenId)), pair.publicKey(), validTo);
    } finally {
      pair.wipe();
    }
  }

  /**
   * The plaintext material of an ImportKeyMaterial request.
   *
   * @throws GeneralSecurityException when it does not unwrap under the token's key pair
   */
  public SecretBytes unwrap(StoredKey key, StoredImportToken token, byte[] encrypted)
      throws GeneralSecurityException {
    SecretBytes privateKey;
    try {
      privateKey = rootKey.unwrap(token.wrappedPrivateKey(), associatedData(key, token.tokenId()));
    } catch (GeneralSecurityException e) {
      throw new KMSInternalException("Import token of " + key.keyId() + " failed its integrity check.");
    }
    try (privateKey) {
      return ImportUnwrapper.unwrap(WrappingAlgorithm.valueOf(token.wrappingAlgorithm()),
          KeySpec.valueOf(token.wrappingKeySpec()), privateKey, encrypted);
    }
  }

  /** The KeyMaterialId of imported material: 64 hex digits, the same for the same material. */
  public static String materialId(StoredKey key, SecretBytes material) {
    byte[] label = (new String(ID_LABEL, StandardCharsets.UTF_8)
        + Arns.key(key.region(), key.accountId(), key.keyId())).getBytes(StandardCharsets.UTF_8);
    byte[] raw = material.toByteArray();
    try {
      return HexFormat.of().formatHex(HmacSha256.compute(raw, label));
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  static byte[] associatedData(StoredKey key, String tokenId) {
    return (Arns.key(key.region(), key.accountId(), key.keyId()) + "|import-token|" + tokenId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
