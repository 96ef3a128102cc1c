package dev.trent.core.iam;

/** The IAM/STS error DeleteConflict: the entity still has dependents. */
public final class DeleteConflict extends IamException {
  private static final long serialVersionUID = 1L;

  public DeleteConflict(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
