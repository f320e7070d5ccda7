package org.policysearch;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code index}, {@code serve}, {@code search}, {@code eval} and {@code bench}.
 */
@Command(
    name = "policy-search",
    mixinStandardHelpOptions = true,
    version = "policy-search 0.1.0",
    description = "Full-text search over policy documents.",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      AbCommand.class,
      WarmUpCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
