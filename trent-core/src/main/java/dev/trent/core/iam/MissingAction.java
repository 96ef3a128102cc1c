package dev.trent.core.iam;

/** The query-protocol error MissingAction: the request names no action. */
public final class MissingAction extends IamException {
  private static final long serialVersionUID = 1L;

  public MissingAction(String message) {
    super(message);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
