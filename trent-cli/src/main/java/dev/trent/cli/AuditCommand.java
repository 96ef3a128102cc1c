package dev.trent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trent audit}: the operators' view of the audit log in {@code <data-dir>/audit}. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Verify, search and export the audit log.",
    subcommands = {AuditVerifyCommand.class, AuditLookupCommand.class, AuditExportCommand.class,
        AuditPublicKeyCommand.class})
public final class AuditCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
