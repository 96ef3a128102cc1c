package dev.trent.core.rootkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.core.key.MaterialVault;
import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.core.key.WrappedKinds;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.blob.CiphertextBlob;
import dev.trent.crypto.SymmetricKey;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.crypto.wrap.WrappingAlgorithm;
import dev.trent.store.Store;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredMaterial;
import dev.trent.store.StoredAccessKey;
import dev.trent.store.WrappedColumn;
import dev.trent.store.sqlite.SqliteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RootKeyRewrap} on a real SQLite store: every wrapped value moves, nothing is lost. */
class RootKeyRewrapTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Randomness RANDOM = Randomness.system();
  private static final SecretBytes SECRET = SecretBytes.copyOf(new byte[] {1, 2, 3});

  @TempDir Path dir;
  private Store store;
  private final RootKey oldKey = new RootKey(RANDOM.secret(32), RANDOM);
  private final RootKey newKey = new RootKey(RANDOM.secret(32), RANDOM);
  private final MaterialVault oldVault = new MaterialVault(oldKey, RANDOM, 10);

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void everyMaterialAndToken_movesToTheNewKey_andStillUnwraps() throws GeneralSecurityException {
    List<StoredKey> keys = createKeys(7);
    byte[] ciphertext = symmetric(oldVault, keys.get(3)).encrypt(SECRET, Map.of("a", "b"));

    RootKeyRewrap.Result result = new RootKeyRewrap(store, WrappedKinds.all(), 3).run(oldKey, newKey, n -> {});

    assertThat(result.rewrapped()).containsEntry("key material", 7L).containsEntry("import token", 7L);
    assertThat(wrappers()).containsOnly(Optional.of(newKey.id()));
    MaterialVault newVault = new MaterialVault(newKey, RANDOM, 10);
    for (StoredKey key : keys) {
      assertThat(symmetric(newVault, key)).isNotNull();
    }
    assertThat(symmetric(newVault, keys.get(3)).decrypt(CiphertextBlob.parse(ciphertext), Map.of("a", "b")))
        .isEqualTo(SECRET);
    assertThatThrownBy(() -> symmetric(new MaterialVault(oldKey, RANDOM, 10), keys.get(0)))
        .hasMessageContaining("integrity");
  }

  @Test
  void accessKeySecrets_moveToTheNewKey_andOpenOnlyUnderIt() {
    String principal = "arn:aws:iam::111122223333:user/alice";
    String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    byte[] sealed = new AccessKeySecrets(oldKey).seal(secret, "AKIAREWRAP", "111122223333", principal);
    store.write(tx -> {
      tx.insertAccessKey(new StoredAccessKey("AKIAREWRAP", "111122223333", "AIDAALICE", principal,
          "alice", StoredAccessKey.ACTIVE, sealed, null, null, NOW));
      return null;
    });

    RootKeyRewrap.Result result = new RootKeyRewrap(store, WrappedKinds.all()).run(oldKey, newKey, n -> {});

    assertThat(result.rewrapped()).containsEntry("access key secret", 1L);
    StoredAccessKey row = store.read(tx -> tx.accessKey("AKIAREWRAP").orElseThrow());
    try (SecretBytes opened = new AccessKeySecrets(newKey).open(row)) {
      assertThat(new String(opened.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(secret);
    }
    assertThatThrownBy(() -> new AccessKeySecrets(oldKey).open(row))
        .hasMessage("The secret of access key AKIAREWRAP failed its integrity check.");
  }

  @Test
  void interruptedRun_resumes_andSkipsWhatIsDone() {
    createKeys(10);
    RuntimeException crash = new RuntimeException("crash");

    assertThatThrownBy(() -> new RootKeyRewrap(store, WrappedKinds.all(), 4).run(oldKey, newKey, n -> {
      throw crash;
    })).isSameAs(crash);
    assertThat(wrappers()).contains(Optional.of(newKey.id()), Optional.of(oldKey.id()));

    RootKeyRewrap.Result resumed = new RootKeyRewrap(store, WrappedKinds.all(), 4).run(oldKey, newKey, n -> {});

    assertThat(resumed.total()).isEqualTo(20 - 4);
    assertThat(wrappers()).containsOnly(Optional.of(newKey.id()));
  }

  @Test
  void valueUnderAThirdKey_isReported_notSkipped() {
    createKeys(1);
    RootKey third = new RootKey(RANDOM.secret(32), RANDOM);

    assertThatThrownBy(() -> new RootKeyRewrap(store, WrappedKinds.all()).run(third, newKey, n -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not unwrap under the old root key");
  }

  /** Every wrapped column of the schema is registered: a new record kind cannot be forgotten. */
  @Test
  void everyWrappedColumnOfTheSchema_isRegistered() {
    Set<String> wrappedColumns = new TreeSet<>();
    store.maintenance().snapshot(new dev.trent.store.SnapshotSink() {
      @Override
      public void table(String name, List<String> columns) {
        columns.stream().filter(c -> c.contains("wrapped")).forEach(c -> wrappedColumns.add(name + "." + c));
      }

      @Override
      public void row(Object[] values) {}
    });
    Set<String> registered = new TreeSet<>();
    for (var kind : WrappedKinds.all()) {
      WrappedColumn c = kind.column();
      registered.add(c.table() + "." + c.column());
    }

    assertThat(registered).isEqualTo(wrappedColumns);
  }

  private List<StoredKey> createKeys(int n) {
    List<StoredKey> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = java.util.UUID.randomUUID().toString();
      String materialId = oldVault.newMaterialId();
      StoredKey key = new StoredKey(id, "111122223333", "us-east-1", "", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT",
          "AWS_KMS", "Enabled", NOW, null, null, "{}", materialId, 1);
      StoredMaterial material = oldVault.newMaterial(key, materialId, NOW);
      StoredImportToken token = oldVault.imports().newToken(key, "token-" + i,
          WrappingAlgorithm.RSAES_OAEP_SHA_256, KeySpec.RSA_2048, NOW.plusSeconds(3600));
      store.write(tx -> {
        tx.insertKey(key);
        tx.insertMaterial(material);
        tx.insertImportToken(token);
        return null;
      });
      keys.add(key);
    }
    return keys;
  }

  private SymmetricKey symmetric(MaterialVault vault, StoredKey key) {
    return store.read(tx -> vault.symmetricKey(tx, key, key.currentMaterialId()).orElseThrow());
  }

  private List<Optional<String>> wrappers() {
    List<Optional<String>> out = new ArrayList<>();
    for (var kind : WrappedKinds.all()) {
      store.maintenance().scanWrapped(kind.column(), 100,
          batch -> batch.forEach(c -> out.add(RootKey.wrappedBy(c.wrapped()))));
    }
    return out;
  }
}
