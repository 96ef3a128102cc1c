package dev.trent.server.rootkey;

import dev.trent.crypto.rootkey.Argon2idParameters;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.store.StoreMaintenance;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the store records about the root key, in its shared settings: which provider, the key's
 * check value, the passphrase provider's Argon2id parameters, and a rotation in progress (the next
 * key's check value and parameters). None of it is secret.
 */
public record RootKeySettings(
    Optional<String> provider,
    Optional<String> check,
    Optional<String> kdf,
    Optional<String> nextCheck,
    Optional<String> nextKdf) {
  public static final String PROVIDER = "root-key.provider";
  public static final String CHECK = "root-key.check";
  public static final String KDF = "root-key.kdf";
  public static final String NEXT_CHECK = "root-key.rotation.next-check";
  public static final String NEXT_KDF = "root-key.rotation.next-kdf";

  public static RootKeySettings read(StoreMaintenance store) {
    return new RootKeySettings(store.setting(PROVIDER), store.setting(CHECK), store.setting(KDF),
        store.setting(NEXT_CHECK), store.setting(NEXT_KDF));
  }

  public boolean rotating() {
    return nextCheck.isPresent();
  }

  public Optional<Argon2idParameters> parameters() {
    return kdf.map(Argon2idParameters::parse);
  }

  public Optional<Argon2idParameters> nextParameters() {
    return nextKdf.map(Argon2idParameters::parse);
  }

  /** The check value as stored: hex. */
  public static String checkOf(RootKey key) {
    return HexFormat.of().formatHex(key.check());
  }

  /** Constant-time: does {@code key} match the stored check value {@code stored}? */
  public static boolean matches(RootKey key, String stored) {
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(stored);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return key.matches(bytes);
  }
}
