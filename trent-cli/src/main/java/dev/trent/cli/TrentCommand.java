package dev.trent.cli;

import dev.trent.server.rootkey.RootKeyRefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trent}: the server and, as they land, the operators' commands. */
@Command(
    name = "trent",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A self-hosted key management service that speaks the AWS KMS API.",
    subcommands = {ServeCommand.class, AuditCommand.class, IamCommand.class, BackupCommand.class,
        RestoreCommand.class, MigrateStoreCommand.class, RootKeyCommand.class})
public final class TrentCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * The command line with Trent's error handling: an operator's mistake or a refused root key
   * (bad argument, wrong passphrase, non-empty target) prints its message and exits 2, without a
   * stack trace.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new TrentCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof RootKeyRefusedException || e instanceof IllegalArgumentException
          || e instanceof IllegalStateException) {
        cmd.getErr().println(e.getMessage());
        return 2;
      }
      throw e;
    });
  }

  public static void main(String[] args) {
    int exit = commandLine().execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }
}
