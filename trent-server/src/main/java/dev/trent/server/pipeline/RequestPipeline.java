package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.auth.Caller;
import dev.trent.auth.RequestView;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.Operation;
import dev.trent.core.OperationCatalog;
import dev.trent.core.RequestContext;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.error.ApiException;
import dev.trent.protocol.error.DependencyTimeoutException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.error.UnknownOperationException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.validate.RequestValidator;
import dev.trent.protocol.wire.NoContent;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoreUnavailableException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request path, in order: protocol checks, authentication, target, validation, binding, the
 * operation, the response. Every failure becomes an AWS error here and nowhere else; a fault of
 * ours is logged with its request id and answered as KMSInternalException. Thread-safe.
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

  public RequestPipeline(SigV4Verifier verifier, ServiceModel model, OperationCatalog operations,
      JsonCodec codec, Clock clock) {
    this.verifier = verifier;
    this.model = model;
    this.validator = new RequestValidator(model);
    this.operations = operations;
    this.codec = codec;
    this.clock = clock;
  }

  public Reply handle(RequestView request) {
    String requestId = UUID.randomUUID().toString();
    try {
      return new Reply(200, requestId, run(request, requestId));
    } catch (ApiException e) {
      return error(requestId, e);
    } catch (StoreUnavailableException e) {
      LOG.error("Request {} failed: store unavailable", requestId, e);
      return error(requestId, new DependencyTimeoutException("The service is temporarily unavailable. Retry the request."));
    } catch (StoreConflictException e) {
      LOG.warn("Request {} lost a concurrent update", requestId, e);
      return error(requestId, new KMSInternalException("A concurrent update conflicted with this request. Retry the request."));
    } catch (RuntimeException e) {
      LOG.error("Request {} failed with an internal error", requestId, e);
      return error(requestId, new KMSInternalException("An internal error occurred (request " + requestId + ")."));
    }
  }

  private byte[] run(RequestView request, String requestId) {
    requireJsonPost(request);
    Caller caller = verifier.authenticate(request);
    String name = operationName(request);
    Operation<?, ?> operation = operations.find(name).orElseThrow(() -> new UnsupportedOperationException(
        name + " is not available in Trent yet."));
    JsonNode input = codec.parse(request.body());
    validator.validate(name, input);
    RequestContext context = new RequestContext(
        caller.accountId(), caller.principalArn(), caller.region(), requestId, clock.instant());
    Object output = execute(operation, input, context);
    return output instanceof NoContent ? new byte[0] : codec.write(output);
  }

  private <I, O> O execute(Operation<I, O> operation, JsonNode input, RequestContext context) {
    return operation.execute(codec.bind(input, operation.requestType()), context);
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
