package org.greenvalue.demo.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run one service from its executable jar: {@code java jvmOptions… -jar jar args…} with
 * {@code environment} added to this process's, reached at {@code baseUrl}.
 *
 * @param name the service's name, also its log file's ({@code logDir/<name>.log})
 * @param jar its executable jar
 * @param baseUrl where it answers once started (scheme, host and port)
 * @param jvmOptions options before {@code -jar} (system properties such as a trust store)
 * @param args the application's arguments ({@code --property=value})
 * @param environment variables added to the inherited environment
 * @param logDir where its log goes
 * @param timeout how long it may take to become ready
 */
public record ServiceLaunch(
    String name,
    Path jar,
    URI baseUrl,
    List<String> jvmOptions,
    List<String> args,
    Map<String, String> environment,
    Path logDir,
    Duration timeout) {

  public ServiceLaunch {
    jvmOptions = List.copyOf(jvmOptions);
    args = List.copyOf(args);
    environment = Map.copyOf(environment);
  }
}
