package dev.trent.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.FixedRandomness;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Sm2TestKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

/**
 * SM2DSA against the signature example of GB/T 32918.5-2017 / GM/T 0003.5-2012 Annex A, which uses
 * exactly AWS's distinguishing ID {@code 1234567812345678}: message "message digest", nonce k fixed
 * through the injected randomness. Wycheproof has no SM2 data; the same published values appear in
 * OpenSSL's {@code sm2_internal_test.c}.
 */
class Sm2KnownAnswerTest {
  private static final byte[] MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] K = HexFormat.of().parseHex("59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21");
  private static final byte[] E = HexFormat.of().parseHex("F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640");
  private static final BigInteger R = new BigInteger("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3", 16);
  private static final BigInteger S = new BigInteger("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA", 16);

  @Test
  void rawMessage_signsWithAwsDistinguishingId() throws Exception {
    Signer signer = Signatures.signer(SigningAlgorithm.SM2DSA, KeySpec.SM2, Sm2TestKey.privateKey(), FixedRandomness.exactly(K));

    assertThat(signer.sign(MESSAGE, MessageType.RAW)).isEqualTo(expectedSignature());
  }

  @Test
  void digestMessage_isTheStandardsE() throws Exception {
    Signer signer = Signatures.signer(SigningAlgorithm.SM2DSA, KeySpec.SM2, Sm2TestKey.privateKey(), FixedRandomness.exactly(K));

    assertThat(MessageRepresentatives.sm2Digest(Sm2TestKey.publicKey(), MESSAGE)).isEqualTo(E);
    assertThat(signer.sign(E, MessageType.DIGEST)).isEqualTo(expectedSignature());
  }

  @Test
  void standardSignature_verifiesAsRawAndDigest() throws Exception {
    Verifier verifier = Signatures.verifier(SigningAlgorithm.SM2DSA, KeySpec.SM2, Sm2TestKey.publicKey());

    assertThat(verifier.verify(MESSAGE, MessageType.RAW, expectedSignature())).isTrue();
    assertThat(verifier.verify(E, MessageType.DIGEST, expectedSignature())).isTrue();
    assertThat(verifier.verify("message digesT".getBytes(StandardCharsets.US_ASCII), MessageType.RAW, expectedSignature()))
        .isFalse();
  }

  private static byte[] expectedSignature() throws java.io.IOException {
    return new DERSequence(new ASN1Integer[] {new ASN1Integer(R), new ASN1Integer(S)}).getEncoded("DER");
  }
}
