package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.auth.Caller;
import dev.trent.protocol.error.ApiException;
import java.time.Instant;

/**
 * What the pipeline learned about one call while answering it, for its audit record and metrics.
 * Filled step by step as the request passes; used by one thread at a time (a call set aside by
 * an event loop is handed to its worker through the executor, which orders the two).
 */
final class CallTrace {
  final String requestId;
  /** The id of this call's audit event, known from the start so operations can name it. */
  final String eventId = RequestIds.next();
  final Instant received;
  /** The target's operation name as sent (even an unknown one), or null without a target. */
  String eventName;
  /** Set once authentication succeeds. */
  Caller caller;
  /** The validated request, once parsed. */
  JsonNode input;
  /** The response as sent, for a success with a body; read through allow-lists only. */
  JsonNode output;
  /** The AWS error answered, if any. */
  ApiException error;

  CallTrace(String requestId, Instant received) {
    this.requestId = requestId;
    this.received = received;
  }
}
