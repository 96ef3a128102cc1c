package dev.trent.core.iam;

/** The IAM/STS error ValidationError: a parameter breaks its constraint. */
public final class ValidationError extends IamException {
  private static final long serialVersionUID = 1L;

  public ValidationError(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
