package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.KeyAgreement;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DeriveSharedSecretResponse;
import software.amazon.awssdk.services.kms.model.GrantOperation;

/**
 * DeriveSharedSecret: Trent's ECDH secret equals the one the peer derives on its own, with the
 * JDK (NIST curves) or Bouncy Castle (SM2), from its private key and GetPublicKey's public key.
 */
@SharedTrent
class KeyAgreementIT {
  private static final Provider BC = new BouncyCastleProvider();
  private static final String CN_REGION = "cn-north-1";

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String p256;

  @BeforeAll
  static void start() {
    p256 = agreementKey(kms, "ECC_NIST_P256");
  }

  static String agreementKey(KmsClient client, String spec) {
    return client.createKey(r -> r.keySpec(spec).keyUsage("KEY_AGREEMENT")).keyMetadata().keyId();
  }

  static KeyPair peer(String curve, Provider provider) throws GeneralSecurityException {
    KeyPairGenerator generator = provider == null
        ? KeyPairGenerator.getInstance("EC") : KeyPairGenerator.getInstance("EC", provider);
    generator.initialize(new ECGenParameterSpec(curve));
    return generator.generateKeyPair();
  }

  /** The peer's own side of ECDH: its private key with the KMS key's public key. */
  static byte[] peerSecret(KeyPair peer, byte[] kmsPublicKey, Provider provider)
      throws GeneralSecurityException {
    KeyFactory factory = provider == null ? KeyFactory.getInstance("EC") : KeyFactory.getInstance("EC", provider);
    KeyAgreement agreement = provider == null
        ? KeyAgreement.getInstance("ECDH") : KeyAgreement.getInstance("ECDH", provider);
    agreement.init(peer.getPrivate());
    agreement.doPhase(factory.generatePublic(new X509EncodedKeySpec(kmsPublicKey)), true);
    return agreement.generateSecret();
  }

  private static DeriveSharedSecretResponse derive(KmsClient client, String keyId, byte[] peerPublicKey) {
    return client.deriveSharedSecret(r -> r.keyId(keyId).keyAgreementAlgorithm("ECDH")
        .publicKey(SdkBytes.fromByteArray(peerPublicKey)));
  }

  @ParameterizedTest
  @CsvSource({"ECC_NIST_P256, secp256r1, 32", "ECC_NIST_P384, secp384r1, 48", "ECC_NIST_P521, secp521r1, 66"})
  void deriveSharedSecret_nistCurve_equalsThePeersOwnDerivationWithTheJdk(String spec, String curve, int length)
      throws GeneralSecurityException {
    String keyId = agreementKey(kms, spec);
    KeyPair peer = peer(curve, null);
    DeriveSharedSecretResponse derived = derive(kms, keyId, peer.getPublic().getEncoded());
    assertThat(derived.sharedSecret().asByteArray()).hasSize(length);
    assertThat(derived.keyId()).isEqualTo(keyArn(keyId));
    assertThat(derived.keyAgreementAlgorithmAsString()).isEqualTo("ECDH");
    assertThat(derived.keyOriginAsString()).isEqualTo("AWS_KMS");

    byte[] kmsPublicKey = kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray();
    assertThat(derived.sharedSecret().asByteArray()).isEqualTo(peerSecret(peer, kmsPublicKey, null));
  }

  @Test
  void deriveSharedSecret_sm2InAChinaRegion_equalsThePeersOwnDerivationWithBouncyCastle()
      throws GeneralSecurityException {
    try (KmsClient china = trent.client("AKIDEXAMPLE", "secret", CN_REGION)) {
      String keyId = agreementKey(china, "SM2");
      KeyPair peer = peer("sm2p256v1", BC);
      byte[] secret = derive(china, keyId, peer.getPublic().getEncoded()).sharedSecret().asByteArray();
      byte[] kmsPublicKey = china.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray();
      assertThat(secret).hasSize(32).isEqualTo(peerSecret(peer, kmsPublicKey, BC));
    }
  }

  @Test
  void deriveSharedSecret_twoKmsKeys_deriveTheSameSecretFromEachOthersPublicKey() {
    String other = agreementKey(kms, "ECC_NIST_P256");
    byte[] mine = kms.getPublicKey(r -> r.keyId(p256)).publicKey().asByteArray();
    byte[] theirs = kms.getPublicKey(r -> r.keyId(other)).publicKey().asByteArray();
    assertThat(derive(kms, p256, theirs).sharedSecret()).isEqualTo(derive(kms, other, mine).sharedSecret());
  }

  @Test
  void deriveSharedSecret_samePeer_isDeterministic_andGrantTokensAreAccepted() throws GeneralSecurityException {
    // A token Trent issued: any other string is an InvalidGrantTokenException.
    String token = kms.createGrant(g -> g.keyId(p256).granteePrincipal("arn:aws:iam::111122223333:root")
        .operations(GrantOperation.DESCRIBE_KEY)).grantToken();
    byte[] peer = peer("secp256r1", null).getPublic().getEncoded();
    SdkBytes first = derive(kms, p256, peer).sharedSecret();
    assertThat(kms.deriveSharedSecret(r -> r.keyId(p256).keyAgreementAlgorithm("ECDH")
        .publicKey(SdkBytes.fromByteArray(peer)).grantTokens(token)).sharedSecret()).isEqualTo(first);
  }

  @Test
  void deriveSharedSecret_peerKeyThatIsNotAKey_orOfAnotherCurve_orOffTheCurve_isValidationWithoutMessage()
      throws GeneralSecurityException {
    byte[] offCurve = peer("secp256r1", null).getPublic().getEncoded();
    offCurve[offCurve.length - 1] ^= 1;
    byte[][] bad = {"InvalidPublicKey".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        peer("secp384r1", null).getPublic().getEncoded(), peer("secp256k1", BC).getPublic().getEncoded(),
        offCurve};
    for (byte[] key : bad) {
      assertKmsErrorWithoutMessage(() -> derive(kms, p256, key), "ValidationException");
    }
  }

  @Test
  void deriveSharedSecret_keyOfAnotherUsage_isInvalidKeyUsage() throws GeneralSecurityException {
    byte[] peer = peer("secp256r1", null).getPublic().getEncoded();
    String signing = kms.createKey(r -> r.keySpec("ECC_NIST_P256").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    assertKmsError(() -> derive(kms, signing, peer), "InvalidKeyUsageException",
        keyArn(signing) + " key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.");
    String symmetric = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> derive(kms, symmetric, peer), "InvalidKeyUsageException",
        keyArn(symmetric) + " key usage is ENCRYPT_DECRYPT which is not valid for DeriveSharedSecret.");
  }

  @Test
  void deriveSharedSecret_unknownAlgorithm_isValidationException() throws GeneralSecurityException {
    byte[] peer = peer("secp256r1", null).getPublic().getEncoded();
    assertKmsError(() -> kms.deriveSharedSecret(r -> r.keyId(p256).keyAgreementAlgorithm("INVALID")
        .publicKey(SdkBytes.fromByteArray(peer))), "ValidationException",
        "1 validation error detected: Value 'INVALID' at 'keyAgreementAlgorithm' failed to satisfy "
            + "constraint: Member must satisfy enum value set: [ECDH]");
  }

  @Test
  void deriveSharedSecret_disabledKey_isDisabled_pendingDeletion_isInvalidState() throws GeneralSecurityException {
    byte[] peer = peer("secp256r1", null).getPublic().getEncoded();
    String keyId = agreementKey(kms, "ECC_NIST_P256");
    kms.disableKey(r -> r.keyId(keyId));
    assertKmsError(() -> derive(kms, keyId, peer), "DisabledException", keyArn(keyId) + " is disabled.");
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    assertKmsError(() -> derive(kms, keyId, peer), "KMSInvalidStateException",
        keyArn(keyId) + " is pending deletion.");
  }

  @Test
  void dryRun_thatWouldSucceed_isDryRunOperation_andABadPeerKeyStillFailsAsItself() throws GeneralSecurityException {
    byte[] peer = peer("secp256r1", null).getPublic().getEncoded();
    assertKmsError(() -> kms.deriveSharedSecret(r -> r.keyId(p256).keyAgreementAlgorithm("ECDH")
        .publicKey(SdkBytes.fromByteArray(peer)).dryRun(true)), "DryRunOperationException",
        "The request would have succeeded, but the DryRun option is set.");
    assertKmsErrorWithoutMessage(() -> kms.deriveSharedSecret(r -> r.keyId(p256).keyAgreementAlgorithm("ECDH")
        .publicKey(SdkBytes.fromUtf8String("InvalidPublicKey")).dryRun(true)), "ValidationException");
  }

  @Test
  void deriveSharedSecret_withRecipient_isRefusedRatherThanIgnored() throws GeneralSecurityException {
    byte[] peer = peer("secp256r1", null).getPublic().getEncoded();
    assertKmsError(() -> kms.deriveSharedSecret(r -> r.keyId(p256).keyAgreementAlgorithm("ECDH")
        .publicKey(SdkBytes.fromByteArray(peer)).recipient(p -> p.keyEncryptionAlgorithm("RSAES_OAEP_SHA_256")
            .attestationDocument(SdkBytes.fromUtf8String("attestation")))),
        "UnsupportedOperationException",
        "Trent does not support the Recipient parameter (AWS Nitro Enclaves attestation) yet.");
  }
}
