package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.postgresql.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@code trent serve --store postgresql://...} as an operator runs it: the start-up line names the
 * store (never a password), and what was acknowledged survives a SIGKILL of the node.
 */
class ServeOnPostgresIT {
  @Test
  void serveWithStoreUrl_usesPostgres_andKeepsAcknowledgedWritesThroughSigkill() {
    String url = TestPostgres.shared().newStoreUrl();
    Path data = TrentFixture.newDataDir();
    List<String> keys = new ArrayList<>();
    List<SdkBytes> blobs = new ArrayList<>();
    try (TrentProcess trent = TrentProcess.start(data, "--store", url)) {
      assertThat(trent.output()).contains(", store: postgresql " + TestPostgres.USER + " at jdbc:postgresql://localhost:");
      try (KmsClient kms = TrentFixture.client(trent.endpoint(), "AKIDEXAMPLE", "secret", TrentFixture.REGION)) {
        for (int i = 0; i < 10; i++) {
          String keyId = kms.createKey(r -> {}).keyMetadata().keyId();
          keys.add(keyId);
          blobs.add(kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String(keyId))).ciphertextBlob());
        }
        kms.createAlias(r -> r.aliasName("alias/survives").targetKeyId(keys.get(0)));
      }
      trent.kill();
    }

    try (TrentProcess again = TrentProcess.start(data, "--store", url);
        KmsClient kms = TrentFixture.client(again.endpoint(), "AKIDEXAMPLE", "secret", TrentFixture.REGION)) {
      for (int i = 0; i < keys.size(); i++) {
        SdkBytes blob = blobs.get(i);
        assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String()).isEqualTo(keys.get(i));
      }
      assertThat(kms.describeKey(r -> r.keyId("alias/survives")).keyMetadata().keyId()).isEqualTo(keys.get(0));
    }
  }
}
