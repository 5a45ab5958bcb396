package org.greenvalue.demo.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of our services running as its own JVM from its executable jar, exactly as its container
 * image runs it, with its log in a file. Ready once {@code /actuator/health/readiness} answers UP.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final URI baseUrl;
  private final Path log;

  private ServiceProcess(String name, Process process, URI baseUrl, Path log) {
    this.name = name;
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  /**
   * Starts {@code java -jar jar --server.port=port --spring.profiles.active=dev args…} over plain
   * HTTP and waits until it is ready.
   *
   * @throws IOException when it exits or is not ready within {@code timeout} (the log's tail is in
   *     the message)
   */
  public static ServiceProcess start(
      String name, Path jar, int port, List<String> args, Path logDir, Duration timeout)
      throws IOException {
    List<String> devArgs = new ArrayList<>();
    devArgs.add("--server.port=" + port);
    // The demo clients and their secrets exist only in the services' dev profile.
    devArgs.add("--spring.profiles.active=dev");
    devArgs.addAll(args);
    return start(
        new ServiceLaunch(
            name,
            jar,
            URI.create("http://localhost:" + port),
            List.of(),
            devArgs,
            Map.of(),
            logDir,
            timeout),
        HTTP);
  }

  /**
   * Starts the service as {@code launch} says and waits until its readiness group is UP, asking
   * with {@code probe} (an HTTPS service needs a client that trusts its certificate).
   *
   * @throws IOException when it exits or is not ready within the launch's timeout (the log's tail
   *     is in the message)
   */
  public static ServiceProcess start(ServiceLaunch launch, HttpClient probe) throws IOException {
    String name = launch.name();
    if (!Files.isRegularFile(launch.jar())) {
      throw new IOException(
          name + ": " + launch.jar() + " is missing; build it with ./mvnw package");
    }
    Files.createDirectories(launch.logDir());
    Path log = launch.logDir().resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(launch.jvmOptions());
    command.add("-jar");
    command.add(launch.jar().toString());
    command.add("--logging.structured.format.console=");
    command.addAll(launch.args());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(launch.environment());
    Process process = builder.start();
    ServiceProcess service = new ServiceProcess(name, process, launch.baseUrl(), log);
    try {
      service.awaitReady(probe, launch.timeout());
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    return service;
  }

  public String name() {
    return name;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9}: the process ends at once, without shutting down. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(HttpClient probe, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest health =
        HttpRequest.newBuilder(baseUrl.resolve("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        HttpResponse<String> response = probe.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + name, e);
      }
      sleep();
    }
    throw new IOException(name + " was not ready within " + timeout + ":\n" + tail());
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The last lines of the log, for error messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
