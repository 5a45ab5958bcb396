package org.greenvalue.cli.pack;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.greenvalue.cli.Gvr;
import picocli.CommandLine;

/** Runs {@code gvr} in-process with captured output. */
record GvrRun(int exitCode, String out, String err) {
  static GvrRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Gvr());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new GvrRun(exitCode, out.toString(), err.toString());
  }
}
