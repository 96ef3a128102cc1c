package dev.trent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trent root-key}: root-key maintenance. */
@Command(name = "root-key", mixinStandardHelpOptions = true, description = "Root-key maintenance.",
    subcommands = {RootKeyRotateCommand.class})
public final class RootKeyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
