package dev.trent.core.iam;

/** The query-protocol error InvalidAction: the action is not one this API serves. */
public final class InvalidAction extends IamException {
  private static final long serialVersionUID = 1L;

  public InvalidAction(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
