package org.greenvalue.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code gvr} in-process and captures what it printed. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = Gvr.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
