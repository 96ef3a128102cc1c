package dev.trent.auth;

import dev.trent.crypto.SecretBytes;
import java.util.Objects;

/**
 * An access key as the verifier needs it: the secret and the identity it stands for.
 *
 * <p>{@code secret} holds the UTF-8 bytes of the secret access key exactly as the client has it
 * (the 40-character string, not a derived key). The verifier only reads it; the owner keeps the
 * right to wipe it. {@link #toString()} never shows the secret.
 *
 * @param accessKeyId the key id clients put in the credential scope, e.g. {@code AKIA...}
 * @param secret the secret access key
 * @param accountId the 12-digit account owning the key
 * @param principalArn the principal the key belongs to, e.g. {@code
 *     arn:aws:iam::111122223333:user/alice}
 * @param session for temporary credentials ({@code ASIA...}) the session token requests must carry,
 *     else null
 */
public record Credential(
    String accessKeyId,
    SecretBytes secret,
    String accountId,
    String principalArn,
    SessionToken session) {

  public Credential {
    Caller.requireText(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secret, "secret");
    Caller.requireAccountId(accountId);
    Caller.requireText(principalArn, "principalArn");
  }

  /** A long-term credential: no session token. */
  public Credential(String accessKeyId, SecretBytes secret, String accountId, String principalArn) {
    this(accessKeyId, secret, accountId, principalArn, null);
  }

  @Override
  public String toString() {
    return "Credential[accessKeyId="
        + accessKeyId
        + ", secret=<redacted>, accountId="
        + accountId
        + ", principalArn="
        + principalArn
        + (session == null ? "" : ", " + session)
        + "]";
  }
}
