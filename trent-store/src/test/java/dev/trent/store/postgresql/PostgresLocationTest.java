package dev.trent.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresLocationTest {
  @Test
  void fullUrl_becomesTheDriversUrl_withItsOptions() {
    PostgresLocation l = PostgresLocation.parse(
        "postgresql://trent@db.example.com:6543/kms?sslmode=verify-full&sslrootcert=/etc/ca.pem");

    assertThat(l.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example.com:6543/kms?sslmode=verify-full&sslrootcert=/etc/ca.pem");
    assertThat(l.user()).isEqualTo("trent");
  }

  @Test
  void portDefaultsTo5432_andPostgresSchemeIsAccepted() {
    assertThat(PostgresLocation.parse("postgres://u@localhost/d").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/d");
  }

  @Test
  void ipv6Host_keepsItsBrackets() {
    assertThat(PostgresLocation.parse("postgresql://u@[::1]:5432/d").jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5432/d");
  }

  @Test
  void passwordInTheUrl_isRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql://u:hunter2@h/d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("put the store password in TRENT_STORE_PASSWORD or --store-password-file, not in the URL")
        .hasNoCause();
  }

  @Test
  void missingUserHostOrDatabase_isRefused() {
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql://h/d"))
        .hasMessage("a PostgreSQL store needs a user: postgresql://user@host/db");
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql://u@h"))
        .hasMessage("the PostgreSQL store URL names no database: .../database");
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql:///d"))
        .hasMessage("the PostgreSQL store URL names no host");
    assertThatThrownBy(() -> PostgresLocation.parse("/var/lib/trent"))
        .hasMessage("a PostgreSQL store is postgresql://user@host:port/database");
  }

  @Test
  void toString_namesUserAndUrl() {
    assertThat(PostgresLocation.parse("postgresql://u@h:1/d?sslmode=require"))
        .hasToString("u at jdbc:postgresql://h:1/d?sslmode=require");
  }
}
