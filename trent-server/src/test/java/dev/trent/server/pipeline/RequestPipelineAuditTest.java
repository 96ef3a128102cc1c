package dev.trent.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.audit.AuditEvent;
import dev.trent.audit.AuditSink;
import dev.trent.audit.AuditUnavailableException;
import dev.trent.auth.AuthMode;
import dev.trent.auth.RequestView;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.OperationCatalog;
import dev.trent.core.authz.Authorizer;
import dev.trent.core.authz.GrantAuthority;
import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.MaterialVault;
import dev.trent.core.key.Sm2Regions;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.store.Store;
import dev.trent.store.sqlite.SqliteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One record per call, whatever its outcome; no durable record, no result (fail closed). */
class RequestPipelineAuditTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private Store store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private RequestPipeline pipeline(AuditSink sink) {
    store = SqliteStore.open(dir);
    SigV4Verifier verifier = new SigV4Verifier(AuthMode.DEV, id -> Optional.empty(), CLOCK, Set.of("kms"));
    return new RequestPipeline(verifier, ServiceModel.kms(), new OperationCatalog(services(store)),
        new JsonCodec(), CLOCK, sink, RequestObserver.NONE,
        new Authorizer(PrincipalDirectory.NONE, new GrantAuthority(store.changes(), 100)));
  }

  private Services services(Store backing) {
    Randomness randomness = Randomness.system();
    return new Services(backing, new KeyResolver(),
        new MaterialVault(new FileRootKeyProvider(dir, randomness).load(), randomness, 100), randomness,
        new Sm2Regions(List.of()));
  }

  private static RequestView request(String operation, String body, boolean signed) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    headers.put("content-type", List.of("application/x-amz-json-1.1"));
    headers.put("x-amz-target", List.of("TrentService." + operation));
    headers.put("host", List.of("127.0.0.1"));
    headers.put("x-amz-date", List.of("20261128T120000Z"));
    headers.put("user-agent", List.of("unit-test"));
    if (signed) {
      headers.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDTEST/20261128/us-east-1/kms/aws4_request,"
          + " SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64)));
    }
    return new RequestView("POST", "/", null, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void auditUnavailable_answersInternalError_andNothingOfTheResult() {
    RequestPipeline pipeline = pipeline(event -> {
      throw new AuditUnavailableException("disk full", null);
    });
    Reply reply = pipeline.handle(request("CreateKey", "{\"Description\":\"x\"}", true), "127.0.0.1");
    assertThat(reply.status()).isEqualTo(500);
    String body = new String(reply.body(), StandardCharsets.UTF_8);
    assertThat(body).contains("KMSInternalException").doesNotContain("KeyMetadata").doesNotContain("arn:");
  }

  @Test
  void everyOutcome_leavesOneRecord() {
    List<AuditEvent> events = new ArrayList<>();
    RequestPipeline pipeline = pipeline(events::add);
    Reply created = pipeline.handle(request("CreateKey", "{}", true), "10.0.0.7");
    pipeline.handle(request("CreateKey", "{\"KeyUsage\":\"NOPE\"}", true), "10.0.0.7");
    pipeline.handle(request("Encrypt", "{}", false), "10.0.0.7");
    pipeline.handle(request("NoSuchThing", "{}", true), "10.0.0.7");
    pipeline.handle(request("Encrypt", "{\"KeyId\":\"alias/x\",\"Plaintext\":\"c2VjcmV0\"}", true), "10.0.0.7");

    assertThat(events).hasSize(5);
    assertThat(events.get(0).requestID()).isEqualTo(created.requestId());
    assertThat(events.get(0).errorCode()).isNull();
    assertThat(events.get(0).sourceIPAddress()).isEqualTo("10.0.0.7");
    assertThat(events.get(0).userAgent()).isEqualTo("unit-test");
    assertThat(events.get(0).userIdentity().accountId()).isEqualTo("111122223333");
    assertThat(events.get(1).errorCode()).isEqualTo("ValidationException");
    assertThat(events.get(2).errorCode()).isEqualTo("MissingAuthenticationTokenException");
    assertThat(events.get(2).userIdentity().type()).isEqualTo("Unknown");
    assertThat(events.get(3).eventName()).isEqualTo("NoSuchThing");
    assertThat(events.get(3).errorCode()).isEqualTo("UnknownOperationException");
    assertThat(events.get(4).errorCode()).isEqualTo("NotFoundException");
    assertThat(events.get(4).requestParameters().path("keyId").asText()).isEqualTo("alias/x");
    assertThat(events.get(4).requestParameters().has("plaintext")).isFalse();
    assertThat(events.get(4).toString()).doesNotContain("c2VjcmV0");
  }

  @Test
  void throttledCall_isAuditedWithTheClaimedIdentity() {
    List<AuditEvent> events = new ArrayList<>();
    Reply reply = pipeline(events::add).begin(request("Encrypt", "{}", true), "10.0.0.8").throttled().join();
    assertThat(reply.status()).isEqualTo(400);
    assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("ThrottlingException");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.eventName()).isEqualTo("Encrypt");
      assertThat(e.errorCode()).isEqualTo("ThrottlingException");
      assertThat(e.userIdentity().accessKeyId()).isEqualTo("AKIDTEST");
      assertThat(e.requestID()).isEqualTo(reply.requestId());
    });
  }

  @Test
  void callSetAsideByItsInlineAttempt_staysOneCall_authenticatedOnce() throws Exception {
    store = SqliteStore.open(dir);
    List<AuditEvent> events = new ArrayList<>();
    AtomicInteger lookups = new AtomicInteger();
    SigV4Verifier verifier = new SigV4Verifier(AuthMode.DEV, id -> {
      lookups.incrementAndGet();
      return Optional.empty();
    }, CLOCK, Set.of("kms"));
    RequestPipeline pipeline = new RequestPipeline(verifier, ServiceModel.kms(),
        new OperationCatalog(services(store)), new JsonCodec(), CLOCK, events::add, RequestObserver.NONE,
        new Authorizer(PrincipalDirectory.NONE, new GrantAuthority(store.changes(), 100)));
    Reply created = pipeline.handle(request("CreateKey", "{}", true), "10.0.0.7");
    String keyId = JSON.readTree(created.body()).path("KeyMetadata").path("KeyId").asText();
    lookups.set(0);
    events.clear();

    RequestPipeline.Call call = pipeline.begin(request("Encrypt",
        "{\"KeyId\":\"" + keyId + "\",\"Plaintext\":\"c2VjcmV0\"}", true), "10.0.0.7");
    // Nothing here caches keys, so the attempt needs the store: set aside, unanswered, unrecorded.
    assertThat(call.tryInline()).isNull();
    assertThat(events).isEmpty();
    assertThat(lookups).hasValue(1);

    Reply reply = call.answer().join();
    assertThat(reply.status()).isEqualTo(200);
    assertThat(lookups).as("the signature is not checked again").hasValue(1);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.requestID()).isEqualTo(reply.requestId());
      assertThat(e.errorCode()).isNull();
      assertThat(e.userIdentity().accountId()).isEqualTo("111122223333");
    });
    // The attempt's parse is not reused: its plaintext bytes may have been wiped by the attempt.
    String blob = JSON.readTree(reply.body()).path("CiphertextBlob").asText();
    Reply decrypted = pipeline.handle(request("Decrypt", "{\"CiphertextBlob\":\"" + blob + "\"}", true), "10.0.0.7");
    assertThat(JSON.readTree(decrypted.body()).path("Plaintext").asText()).isEqualTo("c2VjcmV0");
  }

  @Test
  void throttledAfterAnInlineAttempt_isAuditedAsClaimed_withoutItsParameters() {
    List<AuditEvent> events = new ArrayList<>();
    RequestPipeline pipeline = pipeline(events::add);
    RequestPipeline.Call call = pipeline.begin(request("Encrypt",
        "{\"KeyId\":\"1234abcd-12ab-34cd-56ef-1234567890ab\",\"Plaintext\":\"c2VjcmV0\"}", true), "10.0.0.8");
    assertThat(call.tryInline()).isNull();

    Reply reply = call.throttled().join();
    assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("ThrottlingException");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.requestID()).isEqualTo(reply.requestId());
      assertThat(e.errorCode()).isEqualTo("ThrottlingException");
      assertThat(e.userIdentity().accessKeyId()).isEqualTo("AKIDTEST");
      assertThat(e.requestParameters()).isNull();
    });
  }

  @Test
  void errorEscapingAnOperation_isAnsweredInternalError_andAudited() {
    store = SqliteStore.open(dir);
    Store broken = new Store() {
      @Override
      public <T> T read(java.util.function.Function<dev.trent.store.ReadTransaction, T> work) {
        throw new AssertionError("a bug, not an exception");
      }

      @Override
      public <T> T write(java.util.function.Function<dev.trent.store.WriteTransaction, T> work) {
        return store.write(work);
      }

      @Override
      public dev.trent.store.ChangeFeed changes() {
        return store.changes();
      }

      @Override
      public dev.trent.store.StoreMaintenance maintenance() {
        return store.maintenance();
      }

      @Override
      public void close() {}
    };
    List<AuditEvent> events = new ArrayList<>();
    List<String> observed = new ArrayList<>();
    RequestPipeline pipeline = new RequestPipeline(
        new SigV4Verifier(AuthMode.DEV, id -> Optional.empty(), CLOCK, Set.of("kms")), ServiceModel.kms(),
        new OperationCatalog(services(broken)), new JsonCodec(), CLOCK, events::add,
        (operation, errorCode, nanos) -> observed.add(operation + ":" + errorCode),
        new Authorizer(PrincipalDirectory.NONE, new GrantAuthority(store.changes(), 100)));

    Reply reply = pipeline.handle(
        request("DescribeKey", "{\"KeyId\":\"1234abcd-12ab-34cd-56ef-1234567890ab\"}", true), "10.0.0.9");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("KMSInternalException")
        .doesNotContain("a bug");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.eventName()).isEqualTo("DescribeKey");
      assertThat(e.errorCode()).isEqualTo("KMSInternalException");
      assertThat(e.requestID()).isEqualTo(reply.requestId());
      assertThat(e.sourceIPAddress()).isEqualTo("10.0.0.9");
    });
    assertThat(observed).containsExactly("DescribeKey:KMSInternalException");
  }
}
