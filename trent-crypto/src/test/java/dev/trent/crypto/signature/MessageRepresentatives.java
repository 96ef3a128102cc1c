package dev.trent.crypto.signature;

import dev.trent.crypto.keys.Providers;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * What a KMS caller computes before a DIGEST or EXTERNAL_MU request, written from the public
 * descriptions and not from Trent's code: the algorithm's hash; SM2's {@code SM3(Z_A || M)} as the
 * AWS developer guide's {@code SM2OfflineOperationHelper.calculateSM2Digest} builds it; ML-DSA's
 * μ = SHAKE256(SHAKE256(pk, 64) || 0x00 || 0x00 || M, 64) as its OpenSSL recipe builds it.
 */
final class MessageRepresentatives {
  private MessageRepresentatives() {}

  static byte[] digest(SigningAlgorithm algorithm, byte[] spki, byte[] message) throws GeneralSecurityException {
    return switch (algorithm) {
      case SM2DSA -> sm2Digest(spki, message);
      case ML_DSA_SHAKE_256 -> mu(spki, message);
      default -> MessageDigest.getInstance(algorithm.hashName()).digest(message);
    };
  }

  static byte[] sm2Digest(byte[] spki, byte[] message) throws GeneralSecurityException {
    X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
    byte[] id = "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] point = Arrays.copyOfRange(spki, spki.length - 64, spki.length);
    byte[] za = sm3(ByteBuffer.allocate(2 + id.length + 4 * 32 + 64)
        .put((byte) 0).put((byte) (id.length * 8)).put(id)
        .put(curve.getCurve().getA().getEncoded()).put(curve.getCurve().getB().getEncoded())
        .put(curve.getG().getAffineXCoord().getEncoded()).put(curve.getG().getAffineYCoord().getEncoded())
        .put(point).array());
    return sm3(ByteBuffer.allocate(za.length + message.length).put(za).put(message).array());
  }

  static byte[] mu(byte[] spki, byte[] message) {
    int keyLength = switch (spki.length) {
      case 1334 -> 1312;
      case 1974 -> 1952;
      default -> 2592;
    };
    byte[] pk = Arrays.copyOfRange(spki, spki.length - keyLength, spki.length);
    byte[] tr = shake256(pk);
    byte[] input = ByteBuffer.allocate(64 + 2 + message.length).put(tr).put((byte) 0).put((byte) 0).put(message).array();
    return shake256(input);
  }

  private static byte[] shake256(byte[] input) {
    SHAKEDigest shake = new SHAKEDigest(256);
    shake.update(input, 0, input.length);
    byte[] out = new byte[64];
    shake.doFinal(out, 0, 64);
    return out;
  }

  private static byte[] sm3(byte[] input) throws GeneralSecurityException {
    return MessageDigest.getInstance("SM3", Providers.bouncyCastle()).digest(input);
  }
}
