package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * Assertions on AWS errors as the SDK reports them: the wire's {@code __type} (the SDK's error
 * code, also for errors such as ValidationException that the SDK has no class for), the exact
 * message, and HTTP 400, which AWS sends for every client error.
 */
final class KmsAssertions {
  static final String ACCOUNT = TrentFixture.ACCOUNT;
  static final String REGION = TrentFixture.REGION;

  private KmsAssertions() {}

  /** Asserts that {@code call} fails with AWS error {@code code} and exactly {@code message}. */
  static void assertKmsError(ThrowingCallable call, String code, String message) {
    KmsException e = kmsError(call, code);
    assertThat(e.awsErrorDetails().errorMessage()).as("message of %s", code).isEqualTo(message);
  }

  /** For the errors AWS sends without a message, such as InvalidCiphertextException. */
  static void assertKmsErrorWithoutMessage(ThrowingCallable call, String code) {
    KmsException e = kmsError(call, code);
    assertThat(e.awsErrorDetails().errorMessage()).as("message of %s", code).isNullOrEmpty();
  }

  static KmsException kmsError(ThrowingCallable call, String code) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("expected %s", code).isInstanceOf(KmsException.class);
    KmsException e = (KmsException) thrown;
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(e.statusCode()).isEqualTo(400);
    return e;
  }

  /** The key ARN of {@code keyId} in the default account and region. */
  static String keyArn(String keyId) {
    return keyArn(ACCOUNT, REGION, keyId);
  }

  static String keyArn(String account, String region, String keyId) {
    return "arn:aws:kms:" + region + ":" + account + ":key/" + keyId;
  }

  static String aliasArn(String aliasName) {
    return aliasArn(ACCOUNT, REGION, aliasName);
  }

  static String aliasArn(String account, String region, String aliasName) {
    return "arn:aws:kms:" + region + ":" + account + ":" + aliasName;
  }
}
