package dev.trent.protocol.error;

/** The AWS error XksProxyIncorrectAuthenticationCredentialException. */
public final class XksProxyIncorrectAuthenticationCredentialException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyIncorrectAuthenticationCredentialException(String message) {
    super(message);
  }
}
