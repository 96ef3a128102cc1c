package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * The Developer Guide's "Key states and KMS API operations" table for the operations Trent serves,
 * row by row: each operation on a key that is Enabled, Disabled or PendingDeletion either works or
 * fails with AWS's error (footnotes [1], [3] and [4] of the table), and a failure changes nothing.
 * (The PendingImport cells of the grant operations are in {@code GrantsIT}.)
 */
@SharedTrent
class KeyStateTableIT {
  /** What the table says for one cell. */
  enum Outcome {
    WORKS,
    /** [1] DisabledException: {@code <key-arn> is disabled.} */
    DISABLED,
    /** [3] KMSInvalidStateException: {@code <key-arn> is pending deletion.} */
    PENDING_DELETION,
    /** [4] KMSInvalidStateException: {@code <key-arn> is not pending deletion.} */
    NOT_PENDING_DELETION
  }

  /**
   * A fresh key in the state under test, with an alias, a ciphertext and two grants made while it
   * was Enabled (one to retire, one to revoke).
   */
  record Subject(String keyId, String alias, SdkBytes ciphertext, String grantToRetire, String grantToRevoke) {}

  @FunctionalInterface
  interface Call {
    void run(KmsClient kms, Subject key);
  }

  /** One row: the call, and what the table says for Enabled, Disabled and PendingDeletion keys. */
  record Row(String operation, Call call, Outcome enabled, Outcome disabled, Outcome pending) {
    Outcome in(KeyState state) {
      return switch (state) {
        case ENABLED -> enabled;
        case DISABLED -> disabled;
        case PENDING_DELETION -> pending;
        default -> throw new IllegalArgumentException(state.toString());
      };
    }

    @Override
    public String toString() {
      return operation;
    }
  }

  private static final Outcome OK = Outcome.WORKS;
  private static final Outcome OFF = Outcome.DISABLED;
  private static final Outcome PENDING = Outcome.PENDING_DELETION;
  private static final Outcome NOT_PENDING = Outcome.NOT_PENDING_DELETION;
  private static final String GRANTEE = "arn:aws:iam::444455556666:root";
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("state table");

  // Declared before the table, whose calls read them when they run.
  private static TrentFixture trent;
  private static KmsClient kms;
  private static String helperKey;
  private static SdkBytes helperCiphertext;

  private static final List<Row> TABLE = List.of(
      row("CancelKeyDeletion", (kms, k) -> kms.cancelKeyDeletion(r -> r.keyId(k.keyId())),
          NOT_PENDING, NOT_PENDING, OK),
      // CreateGrant follows the cryptographic operations' row; the other grant operations work in
      // every state.
      row("CreateGrant", (kms, k) -> kms.createGrant(r -> r.keyId(k.keyId()).granteePrincipal(GRANTEE)
          .operations(GrantOperation.ENCRYPT)), OK, OFF, PENDING),
      row("ListGrants", (kms, k) -> assertThat(kms.listGrants(r -> r.keyId(k.keyId())).grants())
          .hasSize(2), OK, OK, OK),
      row("RetireGrant", (kms, k) -> kms.retireGrant(r -> r.keyId(k.keyId()).grantId(k.grantToRetire())),
          OK, OK, OK),
      row("RevokeGrant", (kms, k) -> kms.revokeGrant(r -> r.keyId(k.keyId()).grantId(k.grantToRevoke())),
          OK, OK, OK),
      row("CreateAlias", (kms, k) -> kms.createAlias(r -> r.aliasName(uniqueAlias())
          .targetKeyId(k.keyId())), OK, OK, PENDING),
      row("Decrypt", (kms, k) -> kms.decrypt(r -> r.ciphertextBlob(k.ciphertext())), OK, OFF, PENDING),
      row("DeleteAlias", (kms, k) -> kms.deleteAlias(r -> r.aliasName(k.alias())), OK, OK, OK),
      row("DescribeKey", (kms, k) -> kms.describeKey(r -> r.keyId(k.keyId())), OK, OK, OK),
      row("DisableKey", (kms, k) -> kms.disableKey(r -> r.keyId(k.keyId())), OK, OK, PENDING),
      row("EnableKey", (kms, k) -> kms.enableKey(r -> r.keyId(k.keyId())), OK, OK, PENDING),
      row("Encrypt", (kms, k) -> kms.encrypt(r -> r.keyId(k.keyId()).plaintext(PLAINTEXT)),
          OK, OFF, PENDING),
      row("GenerateDataKey", (kms, k) -> kms.generateDataKey(r -> r.keyId(k.keyId())
          .keySpec(DataKeySpec.AES_256)), OK, OFF, PENDING),
      row("GenerateDataKeyWithoutPlaintext", (kms, k) -> kms.generateDataKeyWithoutPlaintext(r -> r
          .keyId(k.keyId()).numberOfBytes(32)), OK, OFF, PENDING),
      row("ListAliases", (kms, k) -> kms.listAliases(r -> r.keyId(k.keyId())), OK, OK, OK),
      row("ListResourceTags", (kms, k) -> kms.listResourceTags(r -> r.keyId(k.keyId())), OK, OK, OK),
      row("ReEncrypt from the key", (kms, k) -> kms.reEncrypt(r -> r.ciphertextBlob(k.ciphertext())
          .destinationKeyId(helperKey)), OK, OFF, PENDING),
      row("ReEncrypt to the key", (kms, k) -> kms.reEncrypt(r -> r.ciphertextBlob(helperCiphertext)
          .destinationKeyId(k.keyId())), OK, OFF, PENDING),
      row("ScheduleKeyDeletion", (kms, k) -> kms.scheduleKeyDeletion(r -> r.keyId(k.keyId())
          .pendingWindowInDays(7)), OK, OK, PENDING),
      row("TagResource", (kms, k) -> kms.tagResource(r -> r.keyId(k.keyId())
          .tags(Tag.builder().tagKey("k").tagValue("v").build())), OK, OK, PENDING),
      row("UntagResource", (kms, k) -> kms.untagResource(r -> r.keyId(k.keyId()).tagKeys("k")),
          OK, OK, PENDING),
      // Footnote [10]: the state of the alias's new target decides, not that of its current one.
      row("UpdateAlias to the key", (kms, k) -> {
        String alias = uniqueAlias();
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(helperKey));
        kms.updateAlias(r -> r.aliasName(alias).targetKeyId(k.keyId()));
      }, OK, OK, PENDING),
      row("UpdateAlias away from the key", (kms, k) -> kms.updateAlias(r -> r.aliasName(k.alias())
          .targetKeyId(helperKey)), OK, OK, OK),
      row("UpdateKeyDescription", (kms, k) -> kms.updateKeyDescription(r -> r.keyId(k.keyId())
          .description("changed")), OK, OK, PENDING));

  @BeforeAll
  static void start() {
    helperKey = kms.createKey(r -> r.description("always enabled")).keyMetadata().keyId();
    helperCiphertext = kms.encrypt(r -> r.keyId(helperKey).plaintext(PLAINTEXT)).ciphertextBlob();
  }

  static Stream<Arguments> cells() {
    return TABLE.stream().flatMap(row -> Stream.of(KeyState.ENABLED, KeyState.DISABLED,
        KeyState.PENDING_DELETION).map(state -> Arguments.of(row, state)));
  }

  @ParameterizedTest(name = "{0} on a {1} key")
  @MethodSource("cells")
  void operation_onKeyInState_followsTheKeyStateTable(Row row, KeyState state) {
    Subject key = newKeyIn(state);
    String arn = keyArn(key.keyId());
    switch (row.in(state)) {
      case WORKS -> row.call().run(kms, key);
      case DISABLED -> assertKmsError(() -> row.call().run(kms, key), "DisabledException",
          arn + " is disabled.");
      case PENDING_DELETION -> assertKmsError(() -> row.call().run(kms, key),
          "KMSInvalidStateException", arn + " is pending deletion.");
      case NOT_PENDING_DELETION -> assertKmsError(() -> row.call().run(kms, key),
          "KMSInvalidStateException", arn + " is not pending deletion.");
    }
    if (row.in(state) != Outcome.WORKS) {
      assertThat(kms.describeKey(r -> r.keyId(key.keyId())).keyMetadata().keyState())
          .as("a refused %s leaves the key as it was", row).isEqualTo(state);
    }
  }

  private static Subject newKeyIn(KeyState state) {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    String alias = uniqueAlias();
    kms.createAlias(r -> r.aliasName(alias).targetKeyId(keyId));
    SdkBytes ciphertext = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();
    String toRetire = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.DECRYPT)).grantId();
    String toRevoke = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(GRANTEE)
        .operations(GrantOperation.ENCRYPT)).grantId();
    switch (state) {
      case ENABLED -> { }
      case DISABLED -> kms.disableKey(r -> r.keyId(keyId));
      case PENDING_DELETION -> kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(30));
      default -> throw new IllegalArgumentException(state.toString());
    }
    return new Subject(keyId, alias, ciphertext, toRetire, toRevoke);
  }

  private static Row row(String operation, Call call, Outcome enabled, Outcome disabled,
      Outcome pending) {
    return new Row(operation, call, enabled, disabled, pending);
  }

  private static String uniqueAlias() {
    return "alias/state-" + UUID.randomUUID();
  }
}
