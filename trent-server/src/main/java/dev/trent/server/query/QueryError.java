package dev.trent.server.query;

import dev.trent.core.iam.IamException;
import dev.trent.protocol.error.ApiException;

/**
 * An error as the query protocol sends it. Authentication failures keep their meaning but take
 * the names IAM and STS use for them (a bad signature is {@code SignatureDoesNotMatch}, an unknown
 * key {@code InvalidClientTokenId}).
 *
 * @param type {@code Sender} for the caller's mistakes, {@code Receiver} for ours
 */
record QueryError(int status, String type, String code, String message) {
  static QueryError of(IamException e) {
    return new QueryError(e.httpStatus(), "Sender", e.code(), e.getMessage());
  }

  static QueryError of(ApiException e) {
    return switch (e.errorCode()) {
      case "InvalidSignatureException" -> sender(403, "SignatureDoesNotMatch", e);
      case "UnrecognizedClientException" -> sender(403, "InvalidClientTokenId", e);
      case "ExpiredTokenException" -> sender(403, "ExpiredToken", e);
      case "IncompleteSignatureException" -> sender(400, "IncompleteSignature", e);
      case "MissingAuthenticationTokenException" -> sender(403, "MissingAuthenticationToken", e);
      default -> e.isServerFault() ? internal(e.getMessage())
          : sender(e.httpStatus(), e.errorCode(), e);
    };
  }

  static QueryError internal(String message) {
    return new QueryError(500, "Receiver", "InternalFailure", message);
  }

  static QueryError unavailable() {
    return new QueryError(503, "Receiver", "ServiceUnavailable",
        "The service is temporarily unavailable. Retry the request.");
  }

  private static QueryError sender(int status, String code, ApiException e) {
    return new QueryError(status, "Sender", code, e.getMessage());
  }

  String xml(String namespace, String requestId) {
    return "<ErrorResponse xmlns=\"" + namespace + "\">" + new Xml().open("Error")
        .element("Type", type).element("Code", code).element("Message", message).close("Error")
        .element("RequestId", requestId) + "</ErrorResponse>";
  }
}
