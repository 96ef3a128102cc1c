package dev.trent.crypto.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Sm2TestKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

/**
 * SM2PKE decryption of the encryption example of GB/T 32918.5-2017 Annex A (plaintext "encryption
 * standard"), after re-encoding its C1‖C3‖C2 in the ASN.1 form AWS KMS exchanges.
 */
class Sm2PkeKnownAnswerTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void standardCiphertext_decryptsToTheStandardPlaintext() throws Exception {
    byte[] x = HEX.parseHex("04ebfc718e8d1798620432268e77feb6415e2ede0e073c0f4f640ecd2e149a73");
    byte[] y = HEX.parseHex("e858f9d81e5430a57b36daab8f950a3c64e6ee6a63094d99283aff767e124df0");
    byte[] c3 = HEX.parseHex("59983c18f809e262923c53aec295d30383b54e39d609d160afcb1908d0bd8766");
    byte[] c2 = HEX.parseHex("21886ca989ca9c7d58087307ca93092d651efa");
    byte[] ciphertext = new DERSequence(new ASN1Encodable[] {
          new ASN1Integer(new BigInteger(1, x)), new ASN1Integer(new BigInteger(1, y)),
          new DEROctetString(c3), new DEROctetString(c2)})
        .getEncoded("DER");

    AsymmetricDecrypter decrypter = AsymmetricCiphers.decrypter(EncryptionAlgorithm.SM2PKE, KeySpec.SM2, Sm2TestKey.privateKey());

    assertThat(new String(decrypter.decrypt(ciphertext).toByteArray(), StandardCharsets.US_ASCII))
        .isEqualTo("encryption standard");
  }
}
