package dev.trent.server.rootkey;

import dev.trent.crypto.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Reads a passphrase from a file or the environment, as secret bytes. */
public final class Passphrases {
  private Passphrases() {}

  /**
   * The passphrase in {@code file} (one trailing newline ignored, so {@code echo pass > f} works),
   * or, when {@code file} is null, in the environment variable {@code variable}.
   *
   * @throws IllegalArgumentException when there is none, or it is empty
   */
  public static SecretBytes read(Path file, String variable, UnaryOperator<String> env, String what) {
    byte[] raw;
    if (file != null) {
      try {
        raw = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the " + what + " file " + file, e);
      }
    } else {
      String value = env.apply(variable);
      if (value == null) {
        throw new IllegalArgumentException("The " + what + " is missing: set " + variable
            + " or give a passphrase file.");
      }
      raw = value.getBytes(StandardCharsets.UTF_8);
    }
    int length = raw.length;
    if (length > 0 && raw[length - 1] == '\n') {
      length--;
      if (length > 0 && raw[length - 1] == '\r') {
        length--;
      }
    }
    byte[] trimmed = Arrays.copyOf(raw, length);
    Arrays.fill(raw, (byte) 0);
    if (trimmed.length == 0) {
      throw new IllegalArgumentException("The " + what + " is empty.");
    }
    return SecretBytes.adopt(trimmed);
  }
}
