package dev.trent.store;

import java.time.Instant;

/**
 * One step in the life of a key's materials: the moment a material became current.
 *
 * @param sequence 0 for the material the key was created with, then 1, 2, ... per rotation
 * @param rotationDate when it became current (the key's creation date for sequence 0)
 * @param rotationType {@code AUTOMATIC} or {@code ON_DEMAND}; null for sequence 0, which was not a
 *     rotation
 */
public record StoredRotation(
    String keyId, long sequence, String materialId, Instant rotationDate, String rotationType) {
  public StoredRotation {
    if (sequence < 0) {
      throw new IllegalArgumentException("negative rotation sequence " + sequence);
    }
    if ((sequence == 0) != (rotationType == null)) {
      throw new IllegalArgumentException("only the first material has no rotation type");
    }
  }
}
