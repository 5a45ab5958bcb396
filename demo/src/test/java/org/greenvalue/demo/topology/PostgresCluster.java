package org.greenvalue.demo.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of Debian's server ({@code /usr/lib/postgresql/<version>/bin}), made with
 * {@code initdb} in a directory of the test and run by {@code pg_ctl} on 127.0.0.1 with fsync and
 * synchronous commit on, password (SCRAM) logins over TCP, and the superuser on its Unix socket
 * alone. Its databases and roles are made by {@code deploy/postgres/init-databases.sh}, the script
 * the compose deployment runs.
 */
final class PostgresCluster implements AutoCloseable {
  private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path data;
  private final Path socketDir;
  private final int port;

  private PostgresCluster(Path bin, Path data, Path socketDir, int port) {
    this.bin = bin;
    this.data = data;
    this.socketDir = socketDir;
    this.port = port;
  }

  /** The newest installed server's {@code bin}, if Debian's {@code postgresql} is installed. */
  static java.util.Optional<Path> debianServer() throws IOException {
    if (!Files.isDirectory(DEBIAN)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> versions = Files.list(DEBIAN)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())));
    }
  }

  static PostgresCluster start(Path bin, Path dir, int port) throws IOException {
    Path data = dir.resolve("data");
    Path socketDir = dir.resolve("socket");
    Files.createDirectories(socketDir);
    handToPostgres(dir);
    handToPostgres(socketDir);
    Commands.run(
        Commands.asPostgres(
            List.of(
                bin.resolve("initdb").toString(),
                "--pgdata=" + data,
                "--username=postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C")),
        null);
    Commands.run(
        Commands.asPostgres(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "--pgdata=" + data,
                "--log=" + dir.resolve("postgres.log"),
                "--wait",
                "--options=-c listen_addresses=127.0.0.1 -c port="
                    + port
                    + " -c unix_socket_directories="
                    + socketDir
                    + " -c fsync=on -c synchronous_commit=on -c full_page_writes=on"
                    + " -c max_connections=200",
                "start")),
        null);
    return new PostgresCluster(bin, data, socketDir, port);
  }

  /** Runs the deployment's init script as the superuser, with the secrets in {@code secrets}. */
  void runInitScript(Path script, Path secrets) throws IOException {
    handToPostgres(secrets);
    try (Stream<Path> files = Files.list(secrets)) {
      for (Path file : files.toList()) {
        handToPostgres(file);
      }
    }
    List<String> command = new ArrayList<>(List.of("env"));
    command.add("PATH=" + bin + ":" + System.getenv("PATH"));
    command.add("PGHOST=" + socketDir);
    command.add("PGPORT=" + port);
    command.add("POSTGRES_USER=postgres");
    command.add("POSTGRES_DB=postgres");
    command.add("GVR_SECRETS_DIR=" + secrets);
    command.addAll(List.of("bash", "-s"));
    Commands.run(Commands.asPostgres(command), script, Map.of());
  }

  /** Rows of {@code sql} in {@code database}, as the superuser: one line each, columns by '|'. */
  List<String> query(String database, String sql) throws IOException {
    String out =
        Commands.run(
            Commands.asPostgres(
                List.of(
                    bin.resolve("psql").toString(),
                    "-h",
                    socketDir.toString(),
                    "-p",
                    String.valueOf(port),
                    "-U",
                    "postgres",
                    "-d",
                    database,
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-At",
                    "-c",
                    sql)),
            null);
    return out.lines().filter(line -> !line.isEmpty()).toList();
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private static void handToPostgres(Path path) throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return;
    }
    UserPrincipal postgres =
        path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
    Files.setOwner(path, postgres);
    if (Files.isDirectory(path)) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
    }
    // the test's temporary directories above it are root's, mode 0700: let postgres through
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    for (Path up = path.toAbsolutePath().getParent();
        up != null && up.startsWith(tmp) && !up.equals(tmp);
        up = up.getParent()) {
      var permissions = Files.getPosixFilePermissions(up);
      permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
      Files.setPosixFilePermissions(up, permissions);
    }
  }

  @Override
  public void close() {
    try {
      Commands.run(
          Commands.asPostgres(
              List.of(
                  bin.resolve("pg_ctl").toString(),
                  "--pgdata=" + data,
                  "--mode=immediate",
                  "--wait",
                  "stop")),
          null);
    } catch (IOException e) {
      System.err.println("could not stop the test's PostgreSQL: " + e.getMessage());
    }
  }
}
