package dev.trent.policy;

/**
 * A policy document AWS would refuse. {@link #getMessage()} is the reason as the caller should
 * show it (for KMS in a {@code MalformedPolicyDocumentException}, for IAM in a {@code
 * MalformedPolicyDocument} error): AWS's wording where AWS documents one, else a sentence in its
 * style. The message quotes at most the offending element, never the whole document.
 */
public final class MalformedPolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedPolicyException(String message) {
    super(message, null, false, false);
  }
}
