package dev.trent.core.iam;

/** The IAM/STS error AccessDenied: the caller's policies do not allow the call. */
public final class AccessDenied extends IamException {
  private static final long serialVersionUID = 1L;

  public AccessDenied(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 403;
  }
}
