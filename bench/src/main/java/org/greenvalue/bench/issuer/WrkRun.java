package org.greenvalue.bench.issuer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wrk run (one thread, a fixed number of keep-alive connections, a Lua script), with its
 * figures read from wrk's {@code --latency} output. wrk is the Debian package of that name.
 */
record WrkRun(double perSecond, String p50, String p99, long requests, long non2xx) {

  static boolean available() {
    try {
      return new ProcessBuilder("wrk", "--version").start().waitFor() >= 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static WrkRun run(
      String url, Path script, int connections, int seconds, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections));
    command.addAll(List.of("-d" + seconds + "s", "--latency", "-s", script.toString(), url));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process wrk = builder.start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + out);
    }
    return new WrkRun(
        Double.parseDouble(find(out, "Requests/sec:\\s+(\\S+)")),
        find(out, "(?m)^\\s+50%\\s+(\\S+)"),
        find(out, "(?m)^\\s+99%\\s+(\\S+)"),
        Long.parseLong(find(out, "(\\d+) requests in")),
        out.contains("Non-2xx")
            ? Long.parseLong(find(out, "Non-2xx or 3xx responses: (\\d+)"))
            : 0);
  }

  @Override
  public String toString() {
    return String.format(
        "%d requests, %d non-2xx: %.0f/s, p50 %s, p99 %s (wrk, one thread)",
        requests, non2xx, perSecond, p50, p99);
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("not in wrk's output (" + regex + "): " + text);
    }
    return m.group(1);
  }
}
