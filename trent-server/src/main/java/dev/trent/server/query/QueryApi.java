package dev.trent.server.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.audit.AuditEvent;
import dev.trent.audit.AuditSink;
import dev.trent.audit.UserIdentity;
import dev.trent.auth.Caller;
import dev.trent.auth.RequestView;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.iam.AccessKeys;
import dev.trent.core.iam.IamCaller;
import dev.trent.core.iam.IamException;
import dev.trent.core.iam.IamRoles;
import dev.trent.core.iam.IamServices;
import dev.trent.core.iam.IamUsers;
import dev.trent.core.iam.ManagedPolicies;
import dev.trent.core.iam.SecurityTokens;
import dev.trent.core.iam.InvalidAction;
import dev.trent.core.iam.MissingAction;
import dev.trent.protocol.error.ApiException;
import dev.trent.server.pipeline.ClaimedCredential;
import dev.trent.server.pipeline.Reply;
import dev.trent.server.pipeline.SiblingApi;
import dev.trent.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IAM and STS APIs on Trent's endpoint, in AWS's query protocol: form-encoded {@code
 * Action=...&Version=...} in, XML out. A call is STS's when its Version is {@code 2011-06-15} or
 * its action is one of STS's, else IAM's; its signature must be scoped to that service ({@code iam}
 * or {@code sts}). Like the KMS pipeline, every call leaves one CloudTrail-shaped audit record
 * (event source {@code iam.amazonaws.com} or {@code sts.amazonaws.com}), durable before the
 * reply; records hold the call's parameters but never a secret. Thread-safe.
 */
public final class QueryApi implements SiblingApi {
  private static final Logger LOG = LoggerFactory.getLogger(QueryApi.class);
  static final String IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
  static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  private static final String STS_VERSION = "2011-06-15";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final int MAX_USER_AGENT = 1024;

  private final Service iam;
  private final Service sts;
  private final AuditSink audit;
  private final Clock clock;

  /**
   * @param iamVerifier authenticates calls scoped to service {@code iam}
   * @param stsVerifier authenticates calls scoped to service {@code sts}
   */
  public QueryApi(IamServices services, SigV4Verifier iamVerifier, SigV4Verifier stsVerifier,
      AuditSink audit, Clock clock) {
    IamActions iamActions = new IamActions(new IamUsers(services), new IamRoles(services),
        new AccessKeys(services), new ManagedPolicies(services));
    this.iam = new Service("iam.amazonaws.com", IAM_NAMESPACE, "2010-05-08", iamVerifier,
        iamActions.actions());
    this.sts = new Service("sts.amazonaws.com", STS_NAMESPACE, STS_VERSION, stsVerifier,
        new StsActions(new SecurityTokens(services)).actions());
    this.audit = audit;
    this.clock = clock;
  }

  /** A query-protocol call: no X-Amz-Target, and a form body or an Action in the URL. */
  @Override
  public boolean accepts(RequestView request) {
    if (request.firstHeader("x-amz-target").isPresent()) {
      return false;
    }
    String type = request.firstHeader("content-type").orElse("").toLowerCase(Locale.ROOT);
    return type.startsWith(FORM)
        || request.rawQuery() != null && request.rawQuery().contains("Action=");
  }

  @Override
  public CompletableFuture<Reply> handleAsync(RequestView request, String sourceIp) {
    Call call = new Call(UUID.randomUUID().toString(), clock.instant());
    Reply reply = answer(request, call);
    CompletableFuture<Void> durable;
    try {
      durable = audit.recordAsync(auditEvent(call, request, sourceIp));
    } catch (RuntimeException e) {
      durable = CompletableFuture.failedFuture(e);
    }
    return durable.handle((ok, failure) -> {
      if (failure == null) {
        return reply;
      }
      LOG.error("Request {}: the audit record could not be made durable; answering an internal"
          + " error", call.requestId, failure);
      return error(call, QueryError.internal("An internal error occurred."));
    });
  }

  private Reply answer(RequestView request, Call call) {
    try {
      return run(request, call);
    } catch (IamException e) {
      return error(call, QueryError.of(e));
    } catch (ApiException e) {
      return error(call, QueryError.of(e));
    } catch (StoreException e) {
      LOG.error("Request {} failed in the store", call.requestId, e);
      return error(call, QueryError.unavailable());
    } catch (RuntimeException e) {
      LOG.error("Request {} failed with an internal error", call.requestId, e);
      return error(call, QueryError.internal("An internal error occurred."));
    }
  }

  private Reply run(RequestView request, Call call) {
    call.service = iam;
    FormParameters parameters = FormParameters.parse(request.rawQuery(), request.body());
    call.parameters = parameters;
    String action = parameters.get("Action");
    call.action = action;
    if (STS_VERSION.equals(parameters.get("Version"))
        || action != null && sts.actions.containsKey(action)) {
      call.service = sts;
    }
    Service service = call.service;
    Caller caller = service.verifier.authenticate(request);
    call.caller = caller;
    QueryAction handler = action == null ? null : service.actions.get(action);
    if (action == null) {
      throw new MissingAction("The request must contain the parameter Action.");
    }
    if (handler == null) {
      throw new InvalidAction(
          "Could not find operation " + action + " for version " + service.version);
    }
    ObjectNode responseElements = JsonNodeFactory.instance.objectNode();
    Xml result = handler.run(new IamCaller(caller.accountId(), caller.principalArn(),
        caller.accessKeyId()), parameters, responseElements);
    call.responseElements = responseElements.isEmpty() ? null : responseElements;
    StringBuilder body = new StringBuilder(512)
        .append('<').append(action).append("Response xmlns=\"").append(service.namespace)
        .append("\">");
    if (result != null) {
      body.append('<').append(action).append("Result>").append(result)
          .append("</").append(action).append("Result>");
    }
    body.append("<ResponseMetadata><RequestId>").append(call.requestId)
        .append("</RequestId></ResponseMetadata></").append(action).append("Response>");
    return new Reply(200, call.requestId, body.toString().getBytes(StandardCharsets.UTF_8),
        "text/xml");
  }

  private Reply error(Call call, QueryError error) {
    call.error = error;
    String namespace = call.service == null ? IAM_NAMESPACE : call.service.namespace;
    return new Reply(error.status(), call.requestId,
        error.xml(namespace, call.requestId).getBytes(StandardCharsets.UTF_8), "text/xml");
  }

  private AuditEvent auditEvent(Call call, RequestView request, String sourceIp) {
    Optional<ClaimedCredential> claimed =
        call.caller == null ? ClaimedCredential.of(request) : Optional.empty();
    UserIdentity identity = call.caller != null
        ? UserIdentity.of(call.caller.principalArn(), call.caller.accountId(),
            call.caller.accessKeyId())
        : UserIdentity.unauthenticated(claimed.map(ClaimedCredential::accessKeyId).orElse(null));
    String region = call.caller != null ? call.caller.region()
        : claimed.map(ClaimedCredential::region).orElse(null);
    String name = eventName(call.action);
    Service service = call.service == null ? iam : call.service;
    return new AuditEvent(AuditEvent.EVENT_VERSION, identity,
        call.received.truncatedTo(ChronoUnit.SECONDS).toString(), service.eventSource, name, region,
        sourceIp, userAgent(request),
        call.error == null ? null : call.error.code(),
        call.error == null ? null : call.error.message(),
        requestParameters(call), call.error == null ? call.responseElements : null, call.requestId, UUID.randomUUID().toString(),
        name.startsWith("Get") || name.startsWith("List"), null, "AwsApiCall", true,
        call.caller == null ? null : call.caller.accountId(), "Management");
  }

  /** The call's own parameters, named as CloudTrail does (lower camel case); none is a secret. */
  private static ObjectNode requestParameters(Call call) {
    if (call.parameters == null || call.caller == null) {
      return null;
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    call.parameters.callParameters().forEach((k, v) ->
        node.put(Character.toLowerCase(k.charAt(0)) + k.substring(1), v));
    return node;
  }

  private static String userAgent(RequestView request) {
    return request.firstHeader("user-agent")
        .map(a -> a.length() > MAX_USER_AGENT ? a.substring(0, MAX_USER_AGENT) : a).orElse(null);
  }

  private static String eventName(String action) {
    if (action == null || action.isEmpty() || action.length() > 128
        || !action.chars().allMatch(Character::isLetterOrDigit)) {
      return "Unknown";
    }
    return action;
  }

  /** One query API: its names, its verifier and its actions. */
  private record Service(String eventSource, String namespace, String version,
      SigV4Verifier verifier, Map<String, QueryAction> actions) {}

  /** What is learned about one call while answering it; confined to the request's thread. */
  private static final class Call {
    final String requestId;
    final Instant received;
    Service service;
    String action;
    FormParameters parameters;
    Caller caller;
    ObjectNode responseElements;
    QueryError error;

    Call(String requestId, Instant received) {
      this.requestId = requestId;
      this.received = received;
    }
  }
}
