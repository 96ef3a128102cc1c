package dev.trent.core.iam;

/** The IAM/STS error EntityAlreadyExists: the name is taken. */
public final class EntityAlreadyExists extends IamException {
  private static final long serialVersionUID = 1L;

  public EntityAlreadyExists(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
