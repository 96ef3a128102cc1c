package dev.trent.core.key;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.agreement.KeyAgreement;
import dev.trent.crypto.agreement.KeyAgreements;
import dev.trent.crypto.encryption.AsymmetricCiphers;
import dev.trent.crypto.encryption.AsymmetricDecrypter;
import dev.trent.crypto.encryption.AsymmetricEncrypter;
import dev.trent.crypto.encryption.EncryptionAlgorithm;
import dev.trent.crypto.kem.KemDecapsulator;
import dev.trent.crypto.kem.KemEncapsulator;
import dev.trent.crypto.kem.Kems;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.mac.HmacJce;
import dev.trent.crypto.mac.Mac;
import dev.trent.crypto.mac.MacAlgorithm;
import dev.trent.crypto.signature.Signatures;
import dev.trent.crypto.signature.Signer;
import dev.trent.crypto.signature.SigningAlgorithm;
import dev.trent.crypto.signature.Verifier;
import dev.trent.protocol.error.KMSInternalException;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One asymmetric or HMAC key material, unwrapped, with the primitives built from it. Each
 * primitive is built once (parsing a key is costly) and reused: they are immutable and
 * thread-safe. The public key is not secret; the secret stays inside this object.
 */
public final class MaterialPrimitives {
  private final String keyId;
  private final KeySpec spec;
  private final SecretBytes secret;
  private final byte[] publicKey;
  private final Randomness randomness;
  private final ConcurrentMap<Object, Object> built = new ConcurrentHashMap<>();

  MaterialPrimitives(String keyId, KeySpec spec, SecretBytes secret, byte[] publicKey, Randomness randomness) {
    this.keyId = keyId;
    this.spec = spec;
    this.secret = secret;
    this.publicKey = publicKey == null ? null : publicKey.clone();
    this.randomness = randomness;
  }

  public KeySpec spec() {
    return spec;
  }

  /** DER SubjectPublicKeyInfo; null for HMAC keys. */
  public byte[] publicKey() {
    return publicKey == null ? null : publicKey.clone();
  }

  public Signer signer(SigningAlgorithm algorithm) {
    return build(algorithm + "/sign", () -> Signatures.signer(algorithm, spec, secret, randomness));
  }

  public Verifier verifier(SigningAlgorithm algorithm) {
    return build(algorithm + "/verify", () -> Signatures.verifier(algorithm, spec, publicKey));
  }

  public AsymmetricEncrypter encrypter(EncryptionAlgorithm algorithm) {
    return build(algorithm + "/encrypt",
        () -> AsymmetricCiphers.encrypter(algorithm, spec, publicKey, randomness));
  }

  public AsymmetricDecrypter decrypter(EncryptionAlgorithm algorithm) {
    return build(algorithm + "/decrypt", () -> AsymmetricCiphers.decrypter(algorithm, spec, secret));
  }

  public Mac mac(MacAlgorithm algorithm) {
    return build(algorithm + "/mac", () -> new HmacJce(algorithm, secret));
  }

  public KeyAgreement keyAgreement() {
    return build("ecdh", () -> KeyAgreements.ecdh(spec, secret));
  }

  public KemEncapsulator encapsulator() {
    return build("encapsulate", () -> Kems.encapsulator(spec, publicKey, randomness));
  }

  public KemDecapsulator decapsulator() {
    return build("decapsulate", () -> Kems.decapsulator(spec, secret));
  }

  private interface Factory<T> {
    T make() throws GeneralSecurityException;
  }

  @SuppressWarnings("unchecked")
  private <T> T build(String what, Factory<T> factory) {
    return (T) built.computeIfAbsent(what, k -> {
      try {
        return factory.make();
      } catch (GeneralSecurityException e) {
        // The material was generated and stored by Trent: failing to decode it is our fault.
        throw new KMSInternalException("Key material of " + keyId + " could not be decoded.");
      }
    });
  }

  @Override
  public String toString() {
    return "MaterialPrimitives[" + keyId + ", " + spec + ", redacted]";
  }
}
