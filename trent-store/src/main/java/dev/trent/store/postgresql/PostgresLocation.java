package dev.trent.store.postgresql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a PostgreSQL store lives, from {@code postgresql://user@host:port/database?options}: the
 * form {@code trent serve --store} takes. Query options go to the JDBC driver unchanged, so TLS is
 * chosen there ({@code ?sslmode=verify-full&sslrootcert=/path/ca.pem}). A password in the URL is
 * refused: command lines and configuration files are readable by too many; it comes from the
 * environment or a file instead.
 *
 * @param jdbcUrl the driver's URL, without credentials
 * @param user the database role
 */
public record PostgresLocation(String jdbcUrl, String user) {
  public static final int DEFAULT_PORT = 5432;

  public PostgresLocation {
    if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
    }
    if (user == null || user.isEmpty()) {
      throw new IllegalArgumentException("a PostgreSQL store needs a user: postgresql://user@host/db");
    }
  }

  /** True when {@code store} names a PostgreSQL store rather than, e.g., a SQLite directory. */
  public static boolean isPostgres(String store) {
    String s = store.toLowerCase(Locale.ROOT);
    return s.startsWith("postgresql://") || s.startsWith("postgres://");
  }

  /** @throws IllegalArgumentException with what is wrong, never echoing a password */
  public static PostgresLocation parse(String store) {
    if (!isPostgres(store)) {
      throw new IllegalArgumentException("a PostgreSQL store is postgresql://user@host:port/database");
    }
    URI uri;
    try {
      uri = new URI(store);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed PostgreSQL store URL", null);
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      throw new IllegalArgumentException("put the store password in TRENT_STORE_PASSWORD or"
          + " --store-password-file, not in the URL");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the PostgreSQL store URL names no host");
    }
    String path = uri.getRawPath();
    if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
      throw new IllegalArgumentException("the PostgreSQL store URL names no database: .../database");
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    String host = uri.getHost(); // an IPv6 address keeps its brackets
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new PostgresLocation("jdbc:postgresql://" + host + ":" + port + path + query,
        uri.getUserInfo());
  }

  @Override
  public String toString() {
    return user + " at " + jdbcUrl;
  }
}
