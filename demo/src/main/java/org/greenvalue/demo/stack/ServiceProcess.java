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

/**
 * One of our services running as its own JVM from its executable jar, exactly as its container
 * image runs it, with its log in a file. Ready once {@code /actuator/health} answers UP.
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
   * Starts {@code java -jar jar --server.port=port --spring.profiles.active=dev args…} and waits
   * until it is healthy.
   *
   * @throws IOException when it exits or is not healthy within {@code timeout} (the log's tail is
   *     in the message)
   */
  public static ServiceProcess start(
      String name, Path jar, int port, List<String> args, Path logDir, Duration timeout)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException(name + ": " + jar + " is missing; build it with ./mvnw package");
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    // The demo clients and their secrets exist only in the services' dev profile.
    command.add("--spring.profiles.active=dev");
    command.add("--logging.structured.format.console=");
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServiceProcess service =
        new ServiceProcess(name, process, URI.create("http://localhost:" + port), log);
    try {
      service.awaitHealthy(timeout);
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

  private void awaitHealthy(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest health =
        HttpRequest.newBuilder(baseUrl.resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
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
    throw new IOException(name + " was not healthy within " + timeout + ":\n" + tail());
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
