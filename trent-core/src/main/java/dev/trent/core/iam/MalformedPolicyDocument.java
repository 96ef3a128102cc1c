package dev.trent.core.iam;

/** The IAM/STS error MalformedPolicyDocument: the policy document is not valid. */
public final class MalformedPolicyDocument extends IamException {
  private static final long serialVersionUID = 1L;

  public MalformedPolicyDocument(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
