package dev.trent.server.pipeline;

/** What the pipeline answers: status, request id and a JSON body (possibly empty). */
public record Reply(int status, String requestId, byte[] body) {
  @Override
  public String toString() {
    return "Reply[" + status + ", " + requestId + ", " + body.length + " bytes]";
  }
}
