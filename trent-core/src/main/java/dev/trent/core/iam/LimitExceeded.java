package dev.trent.core.iam;

/** The IAM/STS error LimitExceeded: a quota of IAM would be exceeded. */
public final class LimitExceeded extends IamException {
  private static final long serialVersionUID = 1L;

  public LimitExceeded(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
