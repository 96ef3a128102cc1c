package dev.trent.protocol.error;

/**
 * An error as the wire knows it: its class name is the AWS error code sent as {@code __type}.
 *
 * <p>Client errors carry no stack trace (they are expected and frequent); the message is what the
 * caller reads, so it never contains plaintext, key material or secrets. A {@code null} message
 * means AWS sends none (InvalidCiphertextException, for one).
 */
public abstract sealed class ApiException extends RuntimeException
    permits AccessDeniedException,
        AlreadyExistsException,
        CloudHsmClusterInUseException,
        CloudHsmClusterInvalidConfigurationException,
        CloudHsmClusterNotActiveException,
        CloudHsmClusterNotFoundException,
        CloudHsmClusterNotRelatedException,
        ConflictException,
        CustomKeyStoreHasCMKsException,
        CustomKeyStoreInvalidStateException,
        CustomKeyStoreNameInUseException,
        CustomKeyStoreNotFoundException,
        DependencyTimeoutException,
        DisabledException,
        DryRunOperationException,
        ExpiredImportTokenException,
        ExpiredTokenException,
        IncompleteSignatureException,
        IncorrectKeyException,
        IncorrectKeyMaterialException,
        IncorrectTrustAnchorException,
        InvalidAliasNameException,
        InvalidArnException,
        InvalidCiphertextException,
        InvalidClientTokenIdException,
        InvalidGrantIdException,
        InvalidGrantTokenException,
        InvalidImportTokenException,
        InvalidKeyUsageException,
        InvalidMarkerException,
        InvalidSignatureException,
        KMSInternalException,
        KMSInvalidMacException,
        KMSInvalidSignatureException,
        KMSInvalidStateException,
        KeyUnavailableException,
        LimitExceededException,
        MalformedPolicyDocumentException,
        MissingAuthenticationTokenException,
        NotFoundException,
        RequestEntityTooLargeException,
        SerializationException,
        TagException,
        ThrottlingException,
        UnknownOperationException,
        UnrecognizedClientException,
        UnsupportedOperationException,
        ValidationException,
        XksKeyAlreadyInUseException,
        XksKeyInvalidConfigurationException,
        XksKeyNotFoundException,
        XksProxyIncorrectAuthenticationCredentialException,
        XksProxyInvalidConfigurationException,
        XksProxyInvalidResponseException,
        XksProxyUriEndpointInUseException,
        XksProxyUriInUseException,
        XksProxyUriUnreachableException,
        XksProxyVpcEndpointServiceInUseException,
        XksProxyVpcEndpointServiceInvalidConfigurationException,
        XksProxyVpcEndpointServiceNotFoundException {
  private static final long serialVersionUID = 1L;

  protected ApiException(String message) {
    super(message, null, false, false);
  }

  /** The AWS error code, sent as {@code __type}. */
  public final String errorCode() {
    return getClass().getSimpleName();
  }

  /** True for faults of the service (HTTP 500), false for the caller's mistakes (HTTP 400). */
  public boolean isServerFault() {
    return false;
  }

  public final int httpStatus() {
    return isServerFault() ? 500 : 400;
  }
}
