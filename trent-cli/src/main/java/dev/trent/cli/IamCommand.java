package dev.trent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trent iam}: identity administration on a data directory. */
@Command(name = "iam", mixinStandardHelpOptions = true,
    description = "Manage accounts and their root credentials.",
    subcommands = {IamCreateAccountCommand.class})
public final class IamCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
