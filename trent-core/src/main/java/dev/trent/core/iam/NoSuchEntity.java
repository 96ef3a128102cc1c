package dev.trent.core.iam;

/** The IAM/STS error NoSuchEntity: the named user, role, policy or access key does not exist. */
public final class NoSuchEntity extends IamException {
  private static final long serialVersionUID = 1L;

  public NoSuchEntity(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
