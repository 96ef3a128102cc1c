package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.server.config.AccessKeyConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * Strict SigV4 authentication through the real SDK (DESIGN §3): the right secret works and acts as
 * its principal's account, a wrong secret or an unknown access key is refused with AWS's error,
 * and the region of the credential scope is a namespace of its own.
 */
class StrictAuthIT {
  private static final String ALICE_ID = "AKIAALICEEXAMPLE0001";
  private static final String ALICE_SECRET = "alice/secret+Key0123456789abcdefghijklm";
  private static final String ALICE_ACCOUNT = "123456789012";
  private static final String BOB_ID = "AKIABOBEXAMPLE000002";
  private static final String BOB_SECRET = "bob-secret";
  private static final String BOB_ACCOUNT = "210987654321";

  private static TrentFixture trent;

  @BeforeAll
  static void start() {
    // Both keys are their account's root: an IAM user needs identity policies to do anything (see
    // AuthorizationIT), and this test is about signatures.
    trent = TrentFixture.strict(List.of(
        new AccessKeyConfig(ALICE_ID, ALICE_SECRET, ALICE_ACCOUNT, null),
        new AccessKeyConfig(BOB_ID, BOB_SECRET, BOB_ACCOUNT, null)));
  }

  @AfterAll
  static void stop() {
    trent.close();
  }

  @Test
  void rightSecret_works_inThePrincipalsAccount() {
    try (KmsClient alice = trent.client(ALICE_ID, ALICE_SECRET, "us-east-1")) {
      String arn = alice.createKey(r -> r.description("alice's")).keyMetadata().arn();
      assertThat(arn).startsWith("arn:aws:kms:us-east-1:" + ALICE_ACCOUNT + ":key/");
      assertThat(alice.describeKey(r -> r.keyId(arn)).keyMetadata().awsAccountId()).isEqualTo(ALICE_ACCOUNT);
    }
  }

  @Test
  void wrongSecret_isInvalidSignatureException() {
    try (KmsClient mallory = trent.client(ALICE_ID, ALICE_SECRET + "x", "us-east-1")) {
      assertThatThrownBy(() -> mallory.listKeys())
          .isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.requestId()).isNotBlank();
          });
    }
  }

  @Test
  void unknownAccessKey_isUnrecognizedClientException() {
    try (KmsClient stranger = trent.client("AKIAUNKNOWNEXAMPLE99", ALICE_SECRET, "us-east-1")) {
      assertThatThrownBy(() -> stranger.listKeys())
          .isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
            assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The security token included in the request is invalid.");
            assertThat(e.statusCode()).isEqualTo(400);
          });
    }
  }

  @Test
  void keysInOneRegion_areInvisibleFromAnother() {
    try (KmsClient west = trent.client(BOB_ID, BOB_SECRET, "us-west-2");
        KmsClient east = trent.client(BOB_ID, BOB_SECRET, "us-east-1")) {
      String keyId = west.createKey(r -> r.description("west")).keyMetadata().keyId();
      assertThat(west.describeKey(r -> r.keyId(keyId)).keyMetadata().arn())
          .isEqualTo("arn:aws:kms:us-west-2:" + BOB_ACCOUNT + ":key/" + keyId);
      assertThat(west.listKeys().keys()).extracting(KeyListEntry::keyId).contains(keyId);

      assertThat(east.listKeys().keys()).extracting(KeyListEntry::keyId).doesNotContain(keyId);
      assertThatThrownBy(() -> east.describeKey(r -> r.keyId(keyId))).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void keysOfOneAccount_areInvisibleToAnother() {
    try (KmsClient alice = trent.client(ALICE_ID, ALICE_SECRET, "us-east-1");
        KmsClient bob = trent.client(BOB_ID, BOB_SECRET, "us-east-1")) {
      String keyId = alice.createKey(r -> r.description("private")).keyMetadata().keyId();
      assertThat(bob.listKeys().keys()).extracting(KeyListEntry::keyId).doesNotContain(keyId);
      assertThatThrownBy(() -> bob.describeKey(r -> r.keyId(keyId))).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void rawRequest_rightSecretAccepted_wrongSecretRefused() {
    RawKms raw = new RawKms(trent.endpoint(), ALICE_ID, ALICE_SECRET, "us-east-1");
    assertThat(raw.call("ListKeys", "{}").status()).isEqualTo(200);
    RawKms wrong = new RawKms(trent.endpoint(), ALICE_ID, "not-the-secret", "us-east-1");
    RawKms.Response refused = wrong.call("ListKeys", "{}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorType()).contains("InvalidSignatureException");
  }
}
