package dev.trent.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.auth.AuthMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
  @Test
  void devAuthOnLoopback_isAllowed() {
    assertThatCode(() -> ServerConfig.defaults().requireSafeAuth()).doesNotThrowAnyException();
    assertThatCode(() -> ServerConfig.defaults().withHost("::1").requireSafeAuth()).doesNotThrowAnyException();
  }

  @Test
  void devAuthOnAnyAddress_isRefused() {
    assertThatThrownBy(() -> ServerConfig.defaults().withHost("0.0.0.0").requireSafeAuth())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
  }

  @Test
  void strictAuthOnAnyAddress_isAllowed() {
    assertThatCode(() -> ServerConfig.defaults().withHost("0.0.0.0").withAuthMode(AuthMode.STRICT)
        .requireSafeAuth()).doesNotThrowAnyException();
  }

  @Test
  void configFile_overridesDefaults(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, String.join("\n",
        "host: 0.0.0.0",
        "port: 8443",
        "dataDir: /var/lib/trent",
        "auth:",
        "  mode: strict",
        "  accessKeys:",
        "    - accessKeyId: AKIAEXAMPLE",
        "      secretAccessKey: s3cr3t",
        "      accountId: \"111122223333\"",
        "deletionSweepSeconds: 5",
        "workerThreads: 4",
        ""));
    ServerConfig c = ConfigFile.apply(file, ServerConfig.defaults());
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.port()).isEqualTo(8443);
    assertThat(c.dataDir()).isEqualTo(Path.of("/var/lib/trent"));
    assertThat(c.authMode()).isEqualTo(AuthMode.STRICT);
    assertThat(c.accessKeys()).singleElement().satisfies(k -> {
      assertThat(k.accessKeyId()).isEqualTo("AKIAEXAMPLE");
      assertThat(k.toString()).doesNotContain("s3cr3t");
    });
    assertThat(c.deletionSweepInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.workerThreads()).isEqualTo(4);
    assertThat(c.maxBodyBytes()).isEqualTo(ServerConfig.defaults().maxBodyBytes());
  }

  @Test
  void configFileWithUnknownMember_isRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, "prot: 4599\n");
    assertThatThrownBy(() -> ConfigFile.apply(file, ServerConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prot");
  }
}
