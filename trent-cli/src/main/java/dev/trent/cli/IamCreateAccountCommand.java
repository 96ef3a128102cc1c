package dev.trent.cli;

import dev.trent.core.identity.IssuedAccessKey;
import dev.trent.server.config.ConfigFile;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.identity.Accounts;
import dev.trent.server.identity.RootBootstrap;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trent iam create-account}: creates an account with a root access key and prints its
 * credentials (the only time the secret is shown) in the AWS shared-credentials format.
 */
@Command(name = "create-account", mixinStandardHelpOptions = true,
    description = "Create an account and print its root credentials (shown only once).")
public final class IamCreateAccountCommand implements Callable<Integer> {
  @Option(names = "--account-id", description = "The 12-digit account id (default: a new random one).")
  String accountId;

  @Option(names = "--data-dir", description = "The server's data directory (default: ./trent-data).")
  Path dataDir;

  @Option(names = "--config", description = "YAML configuration file naming the data directory.")
  Path config;

  @Override
  public Integer call() {
    ServerConfig c = ServerConfig.defaults();
    if (config != null) {
      c = ConfigFile.apply(config, c);
    }
    if (dataDir != null) {
      c = c.withDataDir(dataDir);
    }
    try {
      IssuedAccessKey issued = Accounts.create(c.dataDir(), accountId);
      System.out.print(RootBootstrap.credentialsFile(issued));
      System.out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
