package dev.trent.core.key;

import dev.trent.protocol.wire.KeyMetadata;
import dev.trent.store.StoredKey;
import java.util.List;

/** Renders a stored key as the API's KeyMetadata, with the members AWS shows for its spec. */
public final class KeyMetadataView {
  private KeyMetadataView() {}

  public static KeyMetadata of(StoredKey k) {
    KeyState state = KeyState.of(k.keyState());
    boolean symmetric = "SYMMETRIC_DEFAULT".equals(k.keySpec());
    return new KeyMetadata(
        k.accountId(),
        k.keyId(),
        Arns.key(k.region(), k.accountId(), k.keyId()),
        k.creationDate(),
        state == KeyState.ENABLED,
        k.description(),
        k.keyUsage(),
        state.wireName(),
        k.deletionDate(),
        null,
        k.origin(),
        "CUSTOMER",
        k.keySpec(),
        k.keySpec(),
        symmetric ? List.of("SYMMETRIC_DEFAULT") : null,
        null,
        null,
        false,
        null,
        k.currentMaterialId());
  }
}
