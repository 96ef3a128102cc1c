package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.trent.server.Trent;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateMacResponse;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * Data-plane calls answered on the event loop when the key is in memory, and sent on to a worker
 * when it is not: the same answers either way, and {@code trent_requests_inline_total} says which.
 */
class InlineServingIT {
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("inline");

  @TempDir
  Path temp;

  @Test
  void encrypt_isDeferredUntilTheKeyIsInMemory_thenServedInline_withTheSameAnswers() throws Exception {
    try (Trent trent = MetricsIT.startWithMetrics(temp.resolve("data"));
        KmsClient kms = TrentFixture.client(URI.create("http://127.0.0.1:" + trent.port()), "AKIDEXAMPLE", "s", "us-east-1")) {
      String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
      assertThat(inline(trent, "CreateKey", "served") + inline(trent, "CreateKey", "deferred")).isZero();

      // The new key's row and material are not in memory yet: a worker reads them.
      EncryptResponse first = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT));
      assertThat(inline(trent, "Encrypt", "deferred")).isEqualTo(1);
      assertThat(inline(trent, "Encrypt", "served")).isZero();

      EncryptResponse second = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT));
      assertThat(inline(trent, "Encrypt", "served")).isEqualTo(1);
      assertThat(inline(trent, "Encrypt", "deferred")).isEqualTo(1);
      assertThat(second.keyId()).isEqualTo(first.keyId());
      assertThat(kms.decrypt(r -> r.ciphertextBlob(second.ciphertextBlob())).plaintext()).isEqualTo(PLAINTEXT);
      assertThat(kms.decrypt(r -> r.ciphertextBlob(first.ciphertextBlob())).plaintext()).isEqualTo(PLAINTEXT);
      assertThat(inline(trent, "Decrypt", "served")).isEqualTo(2);

      // The rest of the data plane, with the key now in memory: nothing needs the database.
      kms.describeKey(r -> r.keyId(keyId));
      kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256));
      kms.generateDataKeyWithoutPlaintext(r -> r.keyId(keyId).numberOfBytes(16));
      kms.reEncrypt(r -> r.ciphertextBlob(first.ciphertextBlob()).destinationKeyId(keyId));
      kms.generateRandom(r -> r.numberOfBytes(32));
      for (String op : List.of("DescribeKey", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext",
          "ReEncrypt", "GenerateRandom")) {
        assertThat(inline(trent, op, "served")).as(op).isEqualTo(1);
        assertThat(inline(trent, op, "deferred")).as(op).isZero();
      }
      String hmac = kms.createKey(r -> r.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC))
          .keyMetadata().keyId();
      for (int i = 0; i < 2; i++) {
        GenerateMacResponse mac = kms.generateMac(r -> r.keyId(hmac).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
            .message(PLAINTEXT));
        assertThat(kms.verifyMac(r -> r.keyId(hmac).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
            .message(PLAINTEXT).mac(mac.mac())).macValid()).isTrue();
      }
      assertThat(inline(trent, "GenerateMac", "deferred")).isEqualTo(1);
      assertThat(inline(trent, "GenerateMac", "served")).isEqualTo(1);
      assertThat(inline(trent, "VerifyMac", "served")).isEqualTo(2);
      // Signing stays on the workers: it is not even tried on the event loop.
      String ecc = kms.createKey(r -> r.keySpec(KeySpec.ECC_NIST_P256).keyUsage(KeyUsageType.SIGN_VERIFY))
          .keyMetadata().keyId();
      kms.sign(r -> r.keyId(ecc).message(PLAINTEXT).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256));
      assertThat(inline(trent, "Sign", "served") + inline(trent, "Sign", "deferred")).isZero();

      // A change drops the cached row: the next call is deferred and sees the change, the one
      // after that is answered inline from the new row, with the same error.
      kms.disableKey(r -> r.keyId(keyId));
      Throwable deferred = catchThrowable(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)));
      Throwable served = catchThrowable(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)));
      assertThat(deferred).isInstanceOf(DisabledException.class);
      assertThat(served).isInstanceOf(DisabledException.class)
          .hasMessageStartingWith(((DisabledException) deferred).awsErrorDetails().errorMessage());
      assertThat(inline(trent, "Encrypt", "deferred")).isEqualTo(2);
      assertThat(inline(trent, "Encrypt", "served")).isEqualTo(2);

      // Every call, wherever it ran, was counted and audited once.
      assertThat(count(trent, "trent_requests_seconds_count\\{error=\"none\",operation=\"Encrypt\"}")).isEqualTo(2);
      assertThat(count(trent, "trent_requests_seconds_count\\{error=\"DisabledException\",operation=\"Encrypt\"}")).isEqualTo(2);
    }
  }

  private static long inline(Trent trent, String operation, String outcome) throws Exception {
    return count(trent, "trent_requests_inline_total\\{operation=\"" + operation + "\",outcome=\"" + outcome + "\"}");
  }

  /** The value of the series the pattern names, 0 when absent. */
  private static long count(Trent trent, String series) throws Exception {
    Matcher m = Pattern.compile("^" + series + " (\\S+)$", Pattern.MULTILINE).matcher(MetricsIT.scrape(trent));
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }
}
