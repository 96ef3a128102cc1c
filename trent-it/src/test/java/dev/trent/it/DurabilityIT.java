package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.server.Trent;
import dev.trent.server.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * Nothing acknowledged may be lost (DESIGN §9): across a clean restart, across SIGKILL in the
 * middle of writes, and across SIGTERM with requests in flight, which must also be answered before
 * the process exits 0.
 */
class DurabilityIT {
  private static final Map<String, String> CONTEXT = Map.of("durable", "yes");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length:\\s*(\\d+)");

  @TempDir
  Path temp;

  @Test
  void restart_keepsKeysStatesAliasesTagsAndCiphertexts() {
    Path data = temp.resolve("data");
    Acknowledged acked = new Acknowledged();
    String disabled;
    String pendingDeletion;
    SdkBytes dataKeyBlob;
    SdkBytes dataKey;
    try (Trent first = startInProcess(data); KmsClient kms = client(first)) {
      for (int i = 0; i < 5; i++) {
        acked.writeOne(kms, "restart-" + i);
      }
      disabled = kms.createKey(r -> r.description("disabled")).keyMetadata().keyId();
      kms.disableKey(r -> r.keyId(disabled));
      pendingDeletion = kms.createKey(r -> r.description("doomed")).keyMetadata().keyId();
      kms.scheduleKeyDeletion(r -> r.keyId(pendingDeletion).pendingWindowInDays(7));
      var generated = kms.generateDataKey(r -> r.keyId(acked.anyKey()).keySpec("AES_256"));
      dataKeyBlob = generated.ciphertextBlob();
      dataKey = generated.plaintext();
    }
    try (Trent second = startInProcess(data); KmsClient kms = client(second)) {
      acked.assertAllPresent(kms);
      assertThat(kms.describeKey(r -> r.keyId(disabled)).keyMetadata().keyState()).isEqualTo(KeyState.DISABLED);
      var doomed = kms.describeKey(r -> r.keyId(pendingDeletion)).keyMetadata();
      assertThat(doomed.keyState()).isEqualTo(KeyState.PENDING_DELETION);
      assertThat(doomed.deletionDate()).isNotNull();
      assertThat(kms.decrypt(r -> r.ciphertextBlob(dataKeyBlob)).plaintext()).isEqualTo(dataKey);
      // And the restarted server keeps working with the old keys.
      String alias = acked.anyAlias();
      SdkBytes blob = kms.encrypt(r -> r.keyId(alias).plaintext(SdkBytes.fromUtf8String("again"))).ciphertextBlob();
      assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String()).isEqualTo("again");
    }
  }

  @Test
  void sigkill_duringWrites_losesNothingAcknowledged() throws Exception {
    Path data = temp.resolve("data");
    Acknowledged acked = new Acknowledged();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    try (TrentProcess trent = TrentProcess.start(data)) {
      for (int w = 0; w < 4; w++) {
        int writer = w;
        Thread thread = new Thread(() -> {
          try (KmsClient kms = TrentFixture.client(trent.endpoint(), "AKIDEXAMPLE", "secret", TrentFixture.REGION)) {
            for (int n = 0; !stop.get(); n++) {
              acked.writeOne(kms, "w" + writer + "-" + n);
            }
          } catch (RuntimeException expected) {
            // The server was killed under this writer; what it had acknowledged is recorded.
          }
        }, "writer-" + w);
        thread.start();
        writers.add(thread);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acked.keys.size() < 24 && System.nanoTime() < deadline && writers.stream().anyMatch(Thread::isAlive)) {
        Thread.sleep(20);
      }
      assertThat(acked.keys.size()).as("writes acknowledged before the kill\n" + trent.diagnostics())
          .isGreaterThanOrEqualTo(24);
      trent.kill();
    } finally {
      stop.set(true);
      for (Thread thread : writers) {
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
    }
    try (Trent restarted = startInProcess(data); KmsClient kms = client(restarted)) {
      acked.assertAllPresent(kms);
    }
  }

  @Test
  void sigterm_withRequestsInFlight_answersThemAndExitsZero() throws Exception {
    Path data = temp.resolve("data");
    Path config = temp.resolve("trent.yaml");
    // One worker, so that requests queue up behind each other and are still in flight at SIGTERM.
    Files.writeString(config, "workerThreads: 1\n");
    int requests = 60;
    List<Socket> sockets = new ArrayList<>();
    List<CompletableFuture<String>> answers = new ArrayList<>();
    long answeredBeforeSigterm;
    ExecutorService readers = Executors.newCachedThreadPool();
    try (TrentProcess trent = TrentProcess.start(data, "--config", config.toString())) {
      RawKms raw = new RawKms(trent.endpoint());
      for (int i = 0; i < requests; i++) {
        sockets.add(new Socket(trent.endpoint().getHost(), trent.endpoint().getPort()));
      }
      // Every request is sent in full before the first answer is awaited, so the server has read
      // them all (one worker makes the first answer take a while) when SIGTERM comes.
      for (int i = 0; i < requests; i++) {
        OutputStream out = sockets.get(i).getOutputStream();
        out.write(raw.httpRequest("CreateKey", "{\"Description\":\"inflight-" + i + "\"}"));
        out.flush();
      }
      for (Socket socket : sockets) {
        answers.add(CompletableFuture.supplyAsync(() -> readResponse(socket), readers));
      }
      CompletableFuture.anyOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      answeredBeforeSigterm = answers.stream().filter(CompletableFuture::isDone).count();
      int status = trent.terminate(Duration.ofSeconds(60));
      assertThat(status).as("exit status after SIGTERM\n" + trent.diagnostics()).isZero();
      assertThat(trent.output()).as(trent.diagnostics()).contains("Trent stopped.");
    } finally {
      readers.shutdown();
      for (Socket socket : sockets) {
        socket.close();
      }
    }
    assertThat(answeredBeforeSigterm).as("answers that arrived before SIGTERM, of %d", requests)
        .isLessThan(requests);
    List<String> keyIds = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String answer = answers.get(i).get(30, TimeUnit.SECONDS);
      assertThat(answer).as("answer to request %d", i).startsWith("HTTP/1.1 200");
      JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(body.path("KeyMetadata").path("Description").asText()).isEqualTo("inflight-" + i);
      keyIds.add(body.path("KeyMetadata").path("KeyId").asText());
    }
    // Answers sent while draining tell the client not to reuse the connection.
    assertThat(answers).anySatisfy(a -> assertThat(a.join().toLowerCase(Locale.ROOT)).contains("connection: close"));
    try (Trent restarted = startInProcess(data); KmsClient kms = client(restarted)) {
      Set<String> listed = kms.listKeysPaginator(r -> r.limit(1000)).keys().stream()
          .map(KeyListEntry::keyId).collect(Collectors.toSet());
      assertThat(listed).containsAll(keyIds);
    }
  }

  /** Every write the server acknowledged, and a check that all of them are there. Thread-safe. */
  private static final class Acknowledged {
    final Map<String, String> keys = new ConcurrentHashMap<>();
    final Map<String, String> aliases = new ConcurrentHashMap<>();
    final Map<String, String> tags = new ConcurrentHashMap<>();
    final Map<String, SdkBytes> ciphertexts = new ConcurrentHashMap<>();

    /** Key, alias, tag and ciphertext, each recorded as soon as it is acknowledged. */
    void writeOne(KmsClient kms, String name) {
      String keyId = kms.createKey(r -> r.description(name)).keyMetadata().keyId();
      keys.put(keyId, name);
      kms.createAlias(r -> r.aliasName("alias/" + name).targetKeyId(keyId));
      aliases.put("alias/" + name, keyId);
      kms.tagResource(r -> r.keyId(keyId).tags(Tag.builder().tagKey("name").tagValue(name).build()));
      tags.put(keyId, name);
      SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String(name))
          .encryptionContext(CONTEXT)).ciphertextBlob();
      ciphertexts.put(keyId, blob);
    }

    String anyKey() {
      return keys.keySet().iterator().next();
    }

    String anyAlias() {
      return aliases.keySet().iterator().next();
    }

    void assertAllPresent(KmsClient kms) {
      Set<String> listed = kms.listKeysPaginator(r -> r.limit(1000)).keys().stream()
          .map(KeyListEntry::keyId).collect(Collectors.toSet());
      assertThat(listed).containsAll(keys.keySet());
      keys.forEach((keyId, name) ->
          assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEqualTo(name));
      Map<String, String> aliasTargets = kms.listAliasesPaginator(r -> r.limit(100)).aliases().stream()
          .filter(a -> a.targetKeyId() != null)
          .collect(Collectors.toMap(AliasListEntry::aliasName, AliasListEntry::targetKeyId));
      assertThat(aliasTargets).containsAllEntriesOf(aliases);
      tags.forEach((keyId, name) -> assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags())
          .contains(Tag.builder().tagKey("name").tagValue(name).build()));
      ciphertexts.forEach((keyId, blob) -> assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)
          .encryptionContext(CONTEXT)).plaintext().asUtf8String()).isEqualTo(keys.get(keyId)));
    }
  }

  private static Trent startInProcess(Path data) {
    return Trent.start(ServerConfig.defaults().withPort(0).withDataDir(data)
        .withDeletionSweepInterval(Duration.ofHours(1)), Clock.systemUTC());
  }

  private static KmsClient client(Trent trent) {
    return TrentFixture.client(URI.create("http://127.0.0.1:" + trent.port()), "AKIDEXAMPLE", "secret",
        TrentFixture.REGION);
  }

  /** One HTTP response from the socket: status line, headers and a Content-Length body. */
  private static String readResponse(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("connection closed after " + head.size() + " bytes: " + head);
        }
        head.write(b);
      }
      String headers = head.toString(StandardCharsets.ISO_8859_1);
      Matcher length = CONTENT_LENGTH.matcher(headers);
      byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
      return headers + new String(body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
