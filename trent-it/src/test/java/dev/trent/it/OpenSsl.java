package dev.trent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The OpenSSL command line as a third, independent implementation (verifying Trent's signatures,
 * encrypting for its keys), when {@code openssl} is on PATH. OpenSSL 3.0 (Debian's) has no ML-DSA
 * and no Ed25519ph on its command line, so {@link #canVerify} is false for those.
 */
final class OpenSsl {
  private static final boolean AVAILABLE = probe();

  private OpenSsl() {}

  static boolean available() {
    return AVAILABLE;
  }

  static boolean canVerify(String algorithm) {
    return AVAILABLE && !algorithm.equals("ML_DSA_SHAKE_256") && !algorithm.equals("ED25519_PH_SHA_512");
  }

  /** Verifies with {@code openssl dgst -verify} or, for Ed25519 and SM2, {@code pkeyutl -verify}. */
  static Result verify(String algorithm, byte[] spki, byte[] message, byte[] signature) throws IOException {
    Path dir = Files.createTempDirectory("trent-openssl-");
    try {
      return run(command(algorithm, dir, spki, message, signature));
    } finally {
      delete(dir);
    }
  }

  /** RSAES-OAEP with SHA-256 and MGF1-SHA-256 by {@code openssl pkeyutl -encrypt}. */
  static byte[] encryptRsaOaepSha256(byte[] spki, byte[] plaintext) throws IOException {
    Path dir = Files.createTempDirectory("trent-openssl-");
    try {
      Path key = Files.writeString(dir.resolve("public.pem"), pem(spki));
      Path in = Files.write(dir.resolve("plaintext"), plaintext);
      Path out = dir.resolve("ciphertext");
      Result result = run(List.of("openssl", "pkeyutl", "-encrypt", "-pubin", "-inkey", key.toString(),
          "-in", in.toString(), "-out", out.toString(), "-pkeyopt", "rsa_padding_mode:oaep",
          "-pkeyopt", "rsa_oaep_md:sha256", "-pkeyopt", "rsa_mgf1_md:sha256"));
      if (result.exitCode() != 0) {
        throw new IOException(result.output());
      }
      return Files.readAllBytes(out);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  private static List<String> command(String algorithm, Path dir, byte[] spki, byte[] message,
      byte[] signature) throws IOException {
    Path key = Files.writeString(dir.resolve("public.pem"), pem(spki));
    Path msg = Files.write(dir.resolve("message"), message);
    Path sig = Files.write(dir.resolve("signature"), signature);
    List<String> command = new ArrayList<>(List.of("openssl"));
    if (algorithm.equals("ED25519_SHA_512")) {
      command.addAll(List.of("pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin"));
    } else if (algorithm.equals("SM2DSA")) {
      command.addAll(List.of("pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin",
          "-digest", "sm3", "-pkeyopt", "distid:1234567812345678"));
    } else {
      String hash = IndependentVerifier.hash(algorithm).replace("-", "").toLowerCase(java.util.Locale.ROOT);
      command.addAll(List.of("dgst", "-" + hash, "-verify", key.toString(), "-signature", sig.toString()));
      if (algorithm.startsWith("RSASSA_PSS")) {
        command.addAll(List.of("-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:-1"));
      }
      command.add(msg.toString());
    }
    if (command.get(1).equals("pkeyutl")) {
      command.addAll(List.of("-in", msg.toString(), "-sigfile", sig.toString()));
    }
    return command;
  }

  record Result(int exitCode, String output) {
    boolean verified() {
      return exitCode == 0
          && (output.contains("Verified OK") || output.contains("Signature Verified Successfully"));
    }
  }

  private static Result run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "timed out: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), String.join(" ", command) + "\n" + output);
  }

  private static String pem(byte[] der) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static boolean probe() {
    try {
      return run(List.of("openssl", "version")).exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
