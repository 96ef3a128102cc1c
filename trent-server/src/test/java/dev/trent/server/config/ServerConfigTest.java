package dev.trent.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.auth.AuthMode;
import dev.trent.server.rootkey.RootKeyConfig;
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
  void configFileEvents_becomeFileAndWebhookSinks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, String.join("\n",
        "events:",
        "  files: [/var/log/trent/events.jsonl]",
        "  webhooks:",
        "    - url: https://hooks.example.com/kms",
        "      maxAttempts: 7",
        "      initialBackoffMillis: 250",
        "    - url: http://127.0.0.1:9000/",
        ""));
    ServerConfig c = ConfigFile.apply(file, ServerConfig.defaults());
    assertThat(ServerConfig.defaults().events().files()).isEmpty();
    assertThat(c.events().files()).containsExactly(Path.of("/var/log/trent/events.jsonl"));
    assertThat(c.events().webhooks()).containsExactly(
        new EventsConfig.Webhook("https://hooks.example.com/kms", 7, Duration.ofMillis(250)),
        new EventsConfig.Webhook("http://127.0.0.1:9000/", 5, Duration.ofMillis(500)));
  }

  @Test
  void configFileWebhookWithoutHttpUrl_isRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, "events:\n  webhooks:\n    - url: ftp://example.com/\n");
    assertThatThrownBy(() -> ConfigFile.apply(file, ServerConfig.defaults()))
        .hasMessageContaining("http(s)");
  }

  @Test
  void configFileWithUnknownMember_isRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, "prot: 4599\n");
    assertThatThrownBy(() -> ConfigFile.apply(file, ServerConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prot");
  }

  @Test
  void configFileRootKey_choosesThePassphraseProvider(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, "rootKey:\n  provider: passphrase\n  passphraseFile: /etc/trent/passphrase\n");

    ServerConfig c = ConfigFile.apply(file, ServerConfig.defaults());

    assertThat(ServerConfig.defaults().rootKey()).isEqualTo(RootKeyConfig.file());
    assertThat(c.rootKey()).isEqualTo(RootKeyConfig.passphrase(Path.of("/etc/trent/passphrase")));
  }

  @Test
  void configFileRootKeyOfUnknownProvider_isRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, "rootKey:\n  provider: hsm\n");

    assertThatThrownBy(() -> ConfigFile.apply(file, ServerConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown root-key provider 'hsm': use file or passphrase");
  }
}
