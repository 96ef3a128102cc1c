package dev.trent.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.StoredAccessKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Secrets are sealed to their access key: a row moved onto another key does not open. */
class AccessKeySecretsTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private final AccessKeySecrets secrets = new AccessKeySecrets(
      new RootKey(SecretBytes.adopt(Randomness.system().bytes(32)), Randomness.system()));

  private static StoredAccessKey row(String keyId, String principal, byte[] sealed) {
    return new StoredAccessKey(keyId, "111122223333", "AIDA1", principal, "alice", "Active",
        sealed, null, null, Instant.EPOCH);
  }

  @Test
  void sealedSecret_opensToTheSecret_andHidesIt() {
    String principal = "arn:aws:iam::111122223333:user/alice";
    byte[] sealed = secrets.seal(SECRET, "AKIA1", "111122223333", principal);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    try (SecretBytes opened = secrets.open(row("AKIA1", principal, sealed))) {
      assertThat(new String(opened.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(SECRET);
    }
  }

  @Test
  void sealedSecret_movedToAnotherKeyOrPrincipal_failsItsIntegrityCheck() {
    String principal = "arn:aws:iam::111122223333:user/alice";
    byte[] sealed = secrets.seal(SECRET, "AKIA1", "111122223333", principal);
    assertThatThrownBy(() -> secrets.open(row("AKIA2", principal, sealed)))
        .isInstanceOf(KMSInternalException.class)
        .hasMessage("The secret of access key AKIA2 failed its integrity check.");
    assertThatThrownBy(() -> secrets.open(row("AKIA1", "arn:aws:iam::111122223333:root", sealed)))
        .isInstanceOf(KMSInternalException.class);
  }
}
