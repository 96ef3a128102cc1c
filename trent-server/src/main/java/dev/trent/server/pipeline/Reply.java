package dev.trent.server.pipeline;

/** What the pipeline answers: status, request id, a body (possibly empty) and its media type. */
public record Reply(int status, String requestId, byte[] body, String contentType) {
  public static final String JSON = "application/x-amz-json-1.1";

  /** A JSON reply, as every KMS answer is. */
  public Reply(int status, String requestId, byte[] body) {
    this(status, requestId, body, JSON);
  }

  @Override
  public String toString() {
    return "Reply[" + status + ", " + requestId + ", " + body.length + " bytes]";
  }
}
