package dev.trent.cli;

import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.store.SnapshotLoad;
import dev.trent.store.Store;
import dev.trent.store.postgresql.PostgresLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trent migrate-store}: copies every row of every table from one store into an empty one,
 * SQLite or PostgreSQL either way, in one read transaction and one write transaction. The data
 * stays wrapped under the same root key; the file provider's {@code root.key} is copied along
 * between data directories.
 */
@Command(name = "migrate-store", mixinStandardHelpOptions = true,
    description = "Copy everything from one store into an empty one (SQLite data directory or"
        + " postgresql://user@host:port/db, either way). Stop the servers first.")
public final class MigrateStoreCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, description = "The source: a data directory or a PostgreSQL URL.")
  String from;

  @Option(names = "--to", required = true, description = "The empty target: a data directory or a PostgreSQL URL.")
  String to;

  @Option(names = "--from-password-file", description = "PostgreSQL password of the source (default:"
      + " TRENT_STORE_PASSWORD).")
  Path fromPasswordFile;

  @Option(names = "--to-password-file", description = "PostgreSQL password of the target (default:"
      + " TRENT_STORE_PASSWORD).")
  Path toPasswordFile;

  @Override
  public Integer call() throws IOException {
    if (!PostgresLocation.isPostgres(from) && !Files.isDirectory(Path.of(from))) {
      throw new IllegalArgumentException("The source " + from + " is neither a data directory nor a"
          + " postgresql:// URL.");
    }
    long rows;
    try (Store source = StoreOptions.open(from, fromPasswordFile, System::getenv);
        Store target = StoreOptions.open(to, toPasswordFile, System::getenv);
        SnapshotLoad load = target.maintenance().load()) {
      source.maintenance().snapshot(load);
      rows = load.commit();
    }
    System.out.println("Copied " + rows + " rows from " + describe(from) + " to " + describe(to) + ".");
    copyRootKeyFile();
    return 0;
  }

  /** Between data directories the file root key goes along; for PostgreSQL the operator places it. */
  private void copyRootKeyFile() throws IOException {
    if (PostgresLocation.isPostgres(from)) {
      return;
    }
    Path key = Path.of(from).resolve(FileRootKeyProvider.FILE_NAME);
    if (!Files.exists(key)) {
      return;
    }
    if (PostgresLocation.isPostgres(to)) {
      System.out.println("The data is still wrapped under the root key in " + key + ": start the servers"
          + " of the new store with that root.key in their --data-dir.");
      return;
    }
    Path copy = Path.of(to).resolve(FileRootKeyProvider.FILE_NAME);
    if (!Files.exists(copy)) {
      Files.copy(key, copy, StandardCopyOption.COPY_ATTRIBUTES);
      System.out.println("Copied the root key to " + copy + ".");
    }
  }

  private static String describe(String location) {
    return PostgresLocation.isPostgres(location) ? PostgresLocation.parse(location).toString() : location;
  }
}
