package dev.trent.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every part of {@link StoreContract} works on: a fresh, empty store for each test, with
 * one-call shortcuts for single reads.
 */
public interface StoreUnderTest {
  Store store();

  default <T> T read(Function<ReadTransaction, T> work) {
    return store().read(work);
  }

  default void write(Consumer<WriteTransaction> work) {
    store().write(tx -> {
      work.accept(tx);
      return null;
    });
  }

  default Optional<StoredKey> storedKey(String keyId) {
    return read(tx -> tx.key(keyId));
  }

  default List<StoredKey> listedKeys(String accountId, String region, String afterKeyId, int limit) {
    return read(tx -> tx.keys(accountId, region, afterKeyId, limit));
  }

  default Optional<StoredMaterial> storedMaterial(String keyId, String materialId) {
    return read(tx -> tx.material(keyId, materialId));
  }

  default Optional<StoredAlias> storedAlias(String accountId, String region, String aliasName) {
    return read(tx -> tx.alias(accountId, region, aliasName));
  }

  default List<StoredAlias> listedAliases(
      String accountId, String region, String targetKeyId, String afterName, int limit) {
    return read(tx -> tx.aliases(accountId, region, targetKeyId, afterName, limit));
  }

  default List<StoredTag> storedTags(String keyId) {
    return read(tx -> tx.tags(keyId));
  }

  default boolean wasDeleted(String keyId) {
    return read(tx -> tx.wasDeleted(keyId));
  }

  default List<String> dueForDeletion(Instant now, int limit) {
    return read(tx -> tx.keysDueForDeletion(now, limit));
  }

  default List<StoredRotation> storedRotations(String keyId, long afterSequence, int limit) {
    return read(tx -> tx.rotations(keyId, afterSequence, limit));
  }

  default Optional<StoredRotationSchedule> storedSchedule(String keyId) {
    return read(tx -> tx.rotationSchedule(keyId));
  }

  default long latestSequence(String keyId) {
    return read(tx -> tx.latestRotationSequence(keyId));
  }

  default int rotationCount(String keyId, String rotationType) {
    return read(tx -> tx.rotationCount(keyId, rotationType));
  }

  default List<String> dueForRotation(Instant now, int limit) {
    return read(tx -> tx.keysDueForRotation(now, limit));
  }

  default boolean advanceSchedule(String keyId, Instant expectedNext, Instant newNext) {
    return store().write(tx -> tx.advanceRotationSchedule(keyId, expectedNext, newNext));
  }
}
