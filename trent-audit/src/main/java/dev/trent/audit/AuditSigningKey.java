package dev.trent.audit;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.Sha256;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.signature.MessageType;
import dev.trent.crypto.signature.Signatures;
import dev.trent.crypto.signature.Signer;
import dev.trent.crypto.signature.SigningAlgorithm;
import dev.trent.crypto.signature.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The Ed25519 key that signs digests. Generated on first start into {@code signing-key.p8} (PKCS#8,
 * created with mode 0600 so it is never readable by others, not even briefly) beside {@code
 * signing-key.pub.pem}, the public key operators export ({@code trent audit public-key}) and keep
 * elsewhere: verifying against a copy kept outside the data directory is what makes a re-signed
 * forgery evident. Thread-safe.
 */
public final class AuditSigningKey {
  public static final SigningAlgorithm ALGORITHM = SigningAlgorithm.ED25519_SHA_512;
  static final String PRIVATE_FILE = "signing-key.p8";
  static final String PUBLIC_FILE = "signing-key.pub.pem";

  private final Signer signer;
  private final byte[] publicKey;

  private AuditSigningKey(Signer signer, byte[] publicKey) {
    this.signer = signer;
    this.publicKey = publicKey.clone();
  }

  /** Loads the key of {@code auditDir}, generating it first if there is none. */
  public static AuditSigningKey loadOrCreate(Path auditDir, Randomness randomness) {
    Path privateFile = auditDir.resolve(PRIVATE_FILE);
    Path publicFile = auditDir.resolve(PUBLIC_FILE);
    try {
      if (!Files.exists(privateFile)) {
        KeyPairMaterial pair = new KeyMaterialGenerator(randomness).generateKeyPair(KeySpec.ECC_NIST_EDWARDS25519);
        byte[] pkcs8 = pair.privateKey().toByteArray();
        try {
          Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.write(privateFile, pkcs8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } finally {
          java.util.Arrays.fill(pkcs8, (byte) 0);
          pair.wipe();
        }
        Files.writeString(publicFile, pem(pair.publicKey()), StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
      }
      byte[] publicKey = readPem(publicFile);
      try (SecretBytes pkcs8 = SecretBytes.adopt(Files.readAllBytes(privateFile))) {
        return new AuditSigningKey(
            Signatures.signer(ALGORITHM, KeySpec.ECC_NIST_EDWARDS25519, pkcs8, randomness), publicKey);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the audit signing key in " + auditDir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the audit signing key in " + auditDir + " is unusable", e);
    }
  }

  byte[] sign(byte[] message) {
    try {
      return signer.sign(message, MessageType.RAW);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an audit digest", e);
    }
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  public String fingerprint() {
    return fingerprint(publicKey);
  }

  static String fingerprint(byte[] publicKey) {
    return ChainHash.hex(Sha256.digest(publicKey));
  }

  /** A verifier for digests signed by the holder of {@code publicKey} (SubjectPublicKeyInfo). */
  public static Verifier verifier(byte[] publicKey) {
    try {
      return Signatures.verifier(ALGORITHM, KeySpec.ECC_NIST_EDWARDS25519, publicKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  public static String pem(byte[] spki) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki)
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The SubjectPublicKeyInfo of a PEM {@code PUBLIC KEY} file. */
  public static byte[] readPem(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII)
        .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    return Base64.getMimeDecoder().decode(text.trim());
  }

  /** The public key file of the audit directory. */
  public static Path publicKeyFile(Path auditDir) {
    return auditDir.resolve(PUBLIC_FILE);
  }

  @Override
  public String toString() {
    return "AuditSigningKey[Ed25519, " + fingerprint() + "]";
  }
}
