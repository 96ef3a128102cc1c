package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A second real client: the AWS SDK for JavaScript v3, installed by the build (exec-maven-plugin
 * runs {@code npm install} in {@code src/test/js} before the integration tests), runs {@code
 * smoke.mjs} against a real Trent. Skipped only when npm is not on PATH at all; if npm is there,
 * a missing SDK is a failure.
 */
class JsSdkSmokeIT {
  private static final Path SCRIPTS = Path.of("src", "test", "js").toAbsolutePath();

  @Test
  void jsSdk_keyAliasEncryptDecryptDataKeyList_succeeds() throws Exception {
    boolean installed = Files.isDirectory(SCRIPTS.resolve("node_modules/@aws-sdk/client-kms"));
    if (!installed) {
      Assumptions.assumeTrue(onPath("npm"),
          "npm is not on PATH, so the AWS SDK for JavaScript was not installed: skipping JsSdkSmokeIT");
    }
    assertThat(installed).as("npm is on PATH but " + SCRIPTS.resolve("node_modules")
        + " lacks @aws-sdk/client-kms: did the build's npm install run?").isTrue();

    try (TrentFixture trent = TrentFixture.dev()) {
      Path log = TempDirs.file("trent-js-smoke-", ".log");
      ProcessBuilder builder = new ProcessBuilder("node", "smoke.mjs")
          .directory(SCRIPTS.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("TRENT_ENDPOINT", trent.endpoint().toString());
      Process node = builder.start();
      node.getOutputStream().close();
      boolean finished = node.waitFor(60, TimeUnit.SECONDS);
      if (!finished) {
        node.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(finished).as("node smoke.mjs finished in time; output:\n" + output).isTrue();
      assertThat(node.exitValue()).as("exit status; output:\n" + output).isZero();
      assertThat(output)
          .contains("ok CreateKey", "ok CreateAlias", "ok Encrypt", "ok Decrypt",
              "ok Decrypt wrong context InvalidCiphertextException", "ok GenerateDataKey", "ok ListKeys",
              "ok ListAliases", "SMOKE PASSED")
          .doesNotContain("SMOKE FAILED");
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
