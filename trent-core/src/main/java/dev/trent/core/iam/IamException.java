package dev.trent.core.iam;

/**
 * An error of the IAM and STS query APIs. The class name is the wire's error code; every one is
 * the sender's fault ({@code <Type>Sender</Type>}). Messages are AWS's and never hold secrets.
 */
public abstract sealed class IamException extends RuntimeException
    permits AccessDenied, DeleteConflict, EntityAlreadyExists, InvalidAction, LimitExceeded,
        MalformedPolicyDocument, MissingAction, NoSuchEntity, ValidationError {
  private static final long serialVersionUID = 1L;

  protected IamException(String message) {
    super(message, null, false, false);
  }

  /** The error code, e.g. {@code NoSuchEntity}. */
  public final String code() {
    return getClass().getSimpleName();
  }

  public abstract int httpStatus();
}
