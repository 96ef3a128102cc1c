package dev.trent.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {
  @Test
  void defaults_areSqliteInTheDataDirectory() {
    StoreConfig store = ServerConfig.defaults().store();

    assertThat(store.isPostgres()).isFalse();
    assertThat(store.describe(Path.of("/var/lib/trent"))).isEqualTo("sqlite /var/lib/trent/trent.db");
  }

  @Test
  void configFileStore_isParsed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("trent.yaml"), String.join("\n",
        "store:",
        "  url: postgresql://trent@db:5432/kms?sslmode=verify-full",
        "  passwordFile: /etc/trent/db-password",
        ""));

    StoreConfig store = ConfigFile.apply(file, ServerConfig.defaults()).store();

    assertThat(store).isEqualTo(new StoreConfig("postgresql://trent@db:5432/kms?sslmode=verify-full",
        Path.of("/etc/trent/db-password")));
    assertThat(store.describe(dir))
        .isEqualTo("postgresql trent at jdbc:postgresql://db:5432/kms?sslmode=verify-full");
  }

  @Test
  void badUrl_isRefusedAtConfigurationTime() {
    assertThatThrownBy(() -> new StoreConfig("postgresql://u:secret@db/kms", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
  }

  @Test
  void password_comesFromTheFile_beforeTheEnvironment(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("pw"), "from-file\n");
    Map<String, String> env = Map.of(StoreConfig.PASSWORD_ENV, "from-env");

    assertThat(new StoreConfig("postgresql://u@db/kms", file).password(env::get)).isEqualTo("from-file");
    assertThat(new StoreConfig("postgresql://u@db/kms", null).password(env::get)).isEqualTo("from-env");
    assertThat(new StoreConfig("postgresql://u@db/kms", null).password(name -> null)).isNull();
  }
}
