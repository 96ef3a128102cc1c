package dev.trent.cli;

import dev.trent.server.rootkey.RootKeyConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How an operator command gets the root key: the same choices as {@code trent serve}. */
final class RootKeyOptions {
  @Option(names = "--root-key", description = "file (default: <data-dir>/root.key) or passphrase"
      + " (TRENT_ROOT_KEY_PASSPHRASE or --root-key-passphrase-file).")
  String provider = "file";

  @Option(names = "--root-key-passphrase-file", description = "With --root-key passphrase: the file holding it.")
  Path passphraseFile;

  RootKeyConfig config() {
    return new RootKeyConfig(RootKeyConfig.Provider.parse(provider), passphraseFile);
  }
}
