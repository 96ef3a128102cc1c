package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.audit.AuditSink;
import dev.trent.auth.Caller;
import dev.trent.auth.RequestView;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.Operation;
import dev.trent.core.OperationCatalog;
import dev.trent.core.RequestContext;
import dev.trent.core.authz.Authorization;
import dev.trent.core.authz.Authorizer;
import dev.trent.core.authz.RequestFacts;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.error.ApiException;
import dev.trent.protocol.error.DependencyTimeoutException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.error.ThrottlingException;
import dev.trent.protocol.error.UnknownOperationException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.validate.RequestValidator;
import dev.trent.protocol.wire.NoContent;
import dev.trent.store.InlineScope;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.WouldBlockException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request path, in order: protocol checks, authentication, target, validation, binding, the
 * operation, the response. Every failure becomes an AWS error here and nowhere else; a fault of
 * ours is logged with its request id and answered as KMSInternalException. Every call, answered
 * or refused, leaves exactly one audit record, durable before the reply is returned; if it cannot be
 * made durable the caller gets KMSInternalException and nothing else (fail closed). Thread-safe.
 */
public final class RequestPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
  private static final String TARGET_PREFIX = "TrentService.";
  private static final Set<String> JSON_TYPES =
      Set.of("application/x-amz-json-1.1", "application/x-amz-json-1.0", "application/json");

  private final SigV4Verifier verifier;
  private final ServiceModel model;
  private final RequestValidator validator;
  private final OperationCatalog operations;
  private final JsonCodec codec;
  private final Clock clock;
  private final AuditSink audit;
  private final RequestObserver observer;
  private final Authorizer authorizer;
  private final SiblingApi sibling;

  public RequestPipeline(SigV4Verifier verifier, ServiceModel model, OperationCatalog operations,
      JsonCodec codec, Clock clock, AuditSink audit, RequestObserver observer, Authorizer authorizer) {
    this(verifier, model, operations, codec, clock, audit, observer, authorizer, null);
  }

  /** @param sibling the API (IAM, STS) answering the requests it accepts; null for none */
  public RequestPipeline(SigV4Verifier verifier, ServiceModel model, OperationCatalog operations,
      JsonCodec codec, Clock clock, AuditSink audit, RequestObserver observer, Authorizer authorizer,
      SiblingApi sibling) {
    this.authorizer = authorizer;
    this.sibling = sibling;
    this.audit = audit;
    this.observer = observer;
    this.verifier = verifier;
    this.model = model;
    this.validator = new RequestValidator(model);
    this.operations = operations;
    this.codec = codec;
    this.clock = clock;
  }

  /**
   * Answers one request from {@code sourceIp} (the peer's address, for the audit record); returns
   * only after the call's audit record is durable.
   */
  public Reply handle(RequestView request, String sourceIp) {
    return handleAsync(request, sourceIp).join();
  }

  /**
   * {@link #handle}, without holding the calling thread while the audit record is synced: the
   * operation runs on the caller's thread, the future completes (on the audit log's thread) with
   * the reply once the record is durable. The future itself never fails.
   */
  public CompletableFuture<Reply> handleAsync(RequestView request, String sourceIp) {
    return begin(request, sourceIp).answer();
  }

  /**
   * One call, begun on arrival: its request id, arrival time and latency count from here, however
   * and wherever it is then answered: {@link Call#tryInline} at most once, then, unless that
   * answered it, {@link Call#answer} or {@link Call#throttled} once.
   */
  public Call begin(RequestView request, String sourceIp) {
    return new Call(request, sourceIp);
  }

  /** A request on its way through the pipeline. */
  public final class Call {
    private final RequestView request;
    private final String sourceIp;
    private final CallTrace trace;
    private final long started = System.nanoTime();

    private Call(RequestView request, String sourceIp) {
      this.request = request;
      this.sourceIp = sourceIp;
      this.trace = new CallTrace(RequestIds.next(), clock.instant());
    }

    /** Answers the call on this thread, which may block; see {@link #handleAsync}. */
    public CompletableFuture<Reply> answer() {
      if (sibling != null && sibling.accepts(request)) {
        return sibling.handleAsync(request, sourceIp);
      }
      return audited(trace, request, sourceIp, replyFor(request, sourceIp, trace), started);
    }

    /**
     * {@link #answer} on a thread that must not block (an event loop): the call runs in an
     * {@link InlineScope}, and if it needs the database (a key, grant or credential not yet in
     * memory, or any write) it is set aside before it changed or recorded anything, and this
     * returns null: the caller then {@link #answer}s it on a thread that may block. What the
     * attempt established goes on with it: the same request id, and the caller its signature
     * proved, so the second run does not verify it again.
     */
    public CompletableFuture<Reply> tryInline() {
      if (sibling != null && sibling.accepts(request)) {
        return null;
      }
      CompletableFuture<Reply> reply;
      try {
        reply = InlineScope.run(this::answer);
      } catch (WouldBlockException e) {
        reply = null;
      }
      observer.triedInline(AuditEvents.eventName(claimedOperation(request)), reply != null);
      return reply;
    }

    /**
     * Refuses the call, before it could run, because every worker is busy: it is answered
     * ThrottlingException and, like every call, audited first (with the identity it claims; it is
     * not authenticated, to keep the refusal cheap). Safe to call on an I/O thread.
     */
    public CompletableFuture<Reply> throttled() {
      // As documented whether or not an inline attempt got further: the claimed identity only.
      trace.eventName = claimedOperation(request);
      trace.caller = null;
      trace.input = null;
      trace.error = new ThrottlingException("Rate exceeded");
      return audited(trace, request, sourceIp, error(trace.requestId, trace.error), started);
    }
  }

  private CompletableFuture<Reply> audited(CallTrace trace, RequestView request, String sourceIp,
      Reply answered, long started) {
    CompletableFuture<Void> durable;
    try {
      durable = audit.recordAsync(AuditEvents.of(trace, request, sourceIp));
    } catch (RuntimeException | Error e) {
      durable = CompletableFuture.failedFuture(e);
    }
    return durable.handle((ok, failure) -> {
      Reply reply = answered;
      if (failure != null) {
        // Fail closed: a KMS must not hand out the result of unaudited work.
        LOG.error("Request {}: the audit record could not be made durable; answering an internal error",
            trace.requestId, failure);
        trace.error = new KMSInternalException("An internal error occurred (request " + trace.requestId + ").");
        reply = error(trace.requestId, trace.error);
      }
      observer.completed(AuditEvents.eventName(trace.eventName),
          trace.error == null ? null : trace.error.errorCode(), System.nanoTime() - started);
      return reply;
    });
  }

  private Reply replyFor(RequestView request, String sourceIp, CallTrace trace) {
    String requestId = trace.requestId;
    try {
      return new Reply(200, requestId, run(request, sourceIp, trace));
    } catch (WouldBlockException e) {
      throw e; // not an answer: the call runs again where it may wait (Call.tryInline)
    } catch (ApiException e) {
      trace.error = e;
    } catch (StoreUnavailableException e) {
      LOG.error("Request {} failed: store unavailable", requestId, e);
      trace.error = new DependencyTimeoutException("The service is temporarily unavailable. Retry the request.");
    } catch (StoreConflictException e) {
      LOG.warn("Request {} lost a concurrent update", requestId, e);
      trace.error = new KMSInternalException("A concurrent update conflicted with this request. Retry the request.");
    } catch (RuntimeException e) {
      LOG.error("Request {} failed with an internal error", requestId, e);
      trace.error = new KMSInternalException("An internal error occurred (request " + requestId + ").");
    } catch (Error e) {
      // An assertion, a linkage problem, even a stack overflow or OutOfMemoryError: the stack has
      // unwound, so answering and auditing it is no riskier than the handler's own last resort,
      // and the call still leaves its record. If recording fails too (with an Error or not), the
      // caller gets the same 500 as for any audit failure, unaudited: fail closed.
      LOG.error("Request {} failed with {}", requestId, e.getClass().getName(), e);
      trace.error = new KMSInternalException("An internal error occurred (request " + requestId + ").");
    }
    return error(requestId, trace.error);
  }

  private byte[] run(RequestView request, String sourceIp, CallTrace trace) {
    String requestId = trace.requestId;
    trace.eventName = claimedOperation(request);
    requireJsonPost(request);
    // Set when an inline attempt got past the signature before it was set aside for a worker.
    Caller caller = trace.caller != null ? trace.caller : verifier.authenticate(request);
    trace.caller = caller;
    String name = operationName(request);
    Operation<?, ?> operation = operations.find(name).orElseThrow(() -> new UnsupportedOperationException(
        name + " is not available in Trent yet."));
    Set<String> blobs = model.inputBlobMembers(name);
    JsonNode input = request.readBody((body, offset, length) -> codec.parse(body, offset, length, blobs));
    trace.input = input;
    validator.validate(name, input);
    Authorization authorization = authorizer.open(caller.principalArn(), caller.accountId(),
        caller.region(), sourceIp, trace.received, RequestFacts.of(name, input));
    RequestContext context = new RequestContext(
        caller.accountId(), caller.principalArn(), caller.region(), requestId, trace.received,
        trace.eventId, authorization);
    Object output = execute(operation, input, context);
    if (!authorization.checked()) {
      // Fail closed: an operation that touched no key and declared no other scope is a bug.
      throw new IllegalStateException(name + " completed without any authorization check");
    }
    if (output instanceof NoContent) {
      return new byte[0];
    }
    byte[] body = codec.write(output);
    trace.output = AuditEvents.readsWholeResponse(name) ? codec.parse(body) : ResponseKeys.of(output);
    return body;
  }

  /** The operation the target names, known or not; for the audit record. */
  private static String claimedOperation(RequestView request) {
    String target = request.firstHeader("x-amz-target").orElse("");
    return target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
  }

  /** Binds the input, authorizes what the operation declares up front, and runs it. */
  private <I, O> O execute(Operation<I, O> operation, JsonNode input, RequestContext context) {
    I request = codec.bind(input, operation.requestType());
    Authorization authorization = context.authorization();
    switch (operation.scope()) {
      case ACCOUNT -> authorization.requireOnAccount(operation.action(), "*");
      case ALIAS -> authorization.requireOnAccount(operation.action(),
          authorization.aliasArn(authorization.facts().aliasName()));
      case KEY -> { }
    }
    return operation.execute(request, context);
  }

  private String operationName(RequestView request) {
    String target = request.firstHeader("x-amz-target").orElse("");
    if (!target.startsWith(TARGET_PREFIX) || !model.hasOperation(target.substring(TARGET_PREFIX.length()))) {
      throw new UnknownOperationException(null);
    }
    return target.substring(TARGET_PREFIX.length());
  }

  private static void requireJsonPost(RequestView request) {
    if (!"POST".equals(request.method())) {
      throw new UnknownOperationException(null);
    }
    String type = request.firstHeader("content-type").orElse("");
    int semicolon = type.indexOf(';');
    String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    if (!JSON_TYPES.contains(mediaType)) {
      throw new SerializationException(
          "Unsupported Content-Type '" + type + "': send application/x-amz-json-1.1.");
    }
  }

  private Reply error(String requestId, ApiException e) {
    if (!e.isServerFault()) {
      LOG.debug("Request {} answered {}: {}", requestId, e.errorCode(), e.getMessage());
    }
    return new Reply(e.httpStatus(), requestId, codec.error(e));
  }
}
