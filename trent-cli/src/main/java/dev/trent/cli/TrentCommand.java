package dev.trent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trent}: the server and, as they land, the operators' commands. */
@Command(
    name = "trent",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A self-hosted key management service that speaks the AWS KMS API.",
    subcommands = {ServeCommand.class, AuditCommand.class, IamCommand.class})
public final class TrentCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    int exit = new CommandLine(new TrentCommand()).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }
}
