package dev.trent.core.rootkey;

import dev.trent.core.key.WrappedKind;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.store.Store;
import dev.trent.store.WrappedCell;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

/**
 * Tries a root key on one wrapped value of the store: for data that has no check value yet (made
 * before check values existed), the only way to tell the right key from a wrong one before use.
 */
public final class RootKeyProbe {
  private RootKeyProbe() {}

  /** Empty when the store holds no wrapped value; else whether the first one unwraps under {@code key}. */
  public static Optional<Boolean> unwraps(Store store, List<WrappedKind> kinds, RootKey key) {
    for (WrappedKind kind : kinds) {
      List<WrappedCell> first = store.maintenance().wrappedPage(kind.column(), null, 1);
      if (first.isEmpty()) {
        continue;
      }
      WrappedCell cell = first.get(0);
      Optional<byte[]> aad = store.read(tx -> kind.associatedData(tx, cell.key()));
      if (aad.isPresent()) {
        try {
          SecretBytes secret = key.unwrap(cell.wrapped(), aad.get());
          secret.wipe();
          return Optional.of(true);
        } catch (GeneralSecurityException e) {
          return Optional.of(false);
        }
      }
    }
    return Optional.empty();
  }
}
