package dev.trent.server.pipeline;

import dev.trent.auth.RequestView;
import java.util.concurrent.CompletableFuture;

/**
 * Another API served on the KMS endpoint (IAM and STS in the query protocol). The pipeline hands
 * it the requests it {@link #accepts}; it authenticates, audits and answers them itself.
 */
public interface SiblingApi {
  /** Whether the request belongs to this API rather than to KMS; cheap, reads headers only. */
  boolean accepts(RequestView request);

  /** Answers; completes once the call's audit record is durable, and never fails. */
  CompletableFuture<Reply> handleAsync(RequestView request, String sourceIp);
}
