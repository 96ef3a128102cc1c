package dev.trent.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringConfigTest {
  @Test
  void defaults_auditOn_adminListenerOff() {
    MonitoringConfig m = ServerConfig.defaults().monitoring();
    assertThat(m.auditEnabled()).isTrue();
    assertThat(m.adminPort()).isEqualTo(-1);
    assertThat(m.auditLog().digestEveryRecords()).isEqualTo(1000);
  }

  @Test
  void configFile_setsAuditAndAdminPort(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("trent.yaml");
    Files.writeString(file, String.join("\n",
        "adminPort: 9599",
        "audit:",
        "  enabled: true",
        "  maxFileBytes: 1048576",
        "  maxFileAgeSeconds: 600",
        "  digestEveryRecords: 50",
        "  digestIntervalSeconds: 5",
        ""));
    MonitoringConfig m = ConfigFile.apply(file, ServerConfig.defaults()).monitoring();
    assertThat(m.adminPort()).isEqualTo(9599);
    assertThat(m.auditLog().maxSegmentBytes()).isEqualTo(1 << 20);
    assertThat(m.auditLog().maxSegmentAge()).isEqualTo(Duration.ofMinutes(10));
    assertThat(m.auditLog().digestEveryRecords()).isEqualTo(50);
    assertThat(m.auditLog().digestInterval()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void adminPort_outOfRange_isRejected() {
    assertThatThrownBy(() -> MonitoringConfig.defaults().withAdminPort(70000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
