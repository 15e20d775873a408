package org.ccmarchive.web;

import org.ccmarchive.cli.IndexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar ccm-archive.jar index|serve …} */
@Command(
    name = "ccm-archive",
    mixinStandardHelpOptions = true,
    description =
        "CCM Archive: index the records of the Convention on Cluster Munitions and serve them.",
    subcommands = {IndexCommand.class, ServeCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}
