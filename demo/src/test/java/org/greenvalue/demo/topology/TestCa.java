package org.greenvalue.demo.topology;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate authority made for one test run with the JDK's {@code keytool}: its certificate in
 * a trust store, and a server key store for {@code localhost} (and 127.0.0.1) signed by it, which
 * every service instance presents.
 *
 * @param serverKeyStore PKCS#12 with the server's key and its chain (alias {@code server})
 * @param trustStore PKCS#12 with the CA's certificate alone
 * @param password the password of both stores
 */
record TestCa(Path serverKeyStore, Path trustStore, String password) {

  static TestCa create(Path dir, String password) throws IOException {
    Files.createDirectories(dir);
    Path ca = dir.resolve("ca.p12");
    Path server = dir.resolve("server.p12");
    Path trust = dir.resolve("trust.p12");
    Path caPem = dir.resolve("ca.pem");
    Path request = dir.resolve("server.csr");
    Path serverPem = dir.resolve("server.pem");
    keytool(
        password,
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=gvr topology test CA",
        "-ext",
        "bc:c",
        "-validity",
        "2",
        "-keystore",
        ca);
    keytool(password, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", caPem);
    keytool(
        password,
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-validity",
        "2",
        "-keystore",
        server);
    keytool(password, "-certreq", "-alias", "server", "-keystore", server, "-file", request);
    keytool(
        password,
        "-gencert",
        "-rfc",
        "-alias",
        "ca",
        "-keystore",
        ca,
        "-infile",
        request,
        "-outfile",
        serverPem,
        "-validity",
        "2",
        "-ext",
        "san=dns:localhost,ip:127.0.0.1",
        "-ext",
        "eku=serverAuth",
        "-ext",
        "ku:c=digitalSignature");
    keytool(
        password, "-importcert", "-noprompt", "-alias", "ca", "-keystore", server, "-file", caPem);
    keytool(password, "-importcert", "-alias", "server", "-keystore", server, "-file", serverPem);
    keytool(
        password, "-importcert", "-noprompt", "-alias", "ca", "-keystore", trust, "-file", caPem);
    return new TestCa(server, trust, password);
  }

  /** The JVM options that make a service trust this CA, and only it, for its own calls. */
  List<String> trustOptions() {
    return List.of(
        "-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStorePassword=" + password,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  /** An HTTP client of the test that trusts this CA. */
  HttpClient client() throws IOException {
    try (InputStream in = Files.newInputStream(trustStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return HttpClient.newBuilder()
          .sslContext(context)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot load the test CA's trust store", e);
    }
  }

  private static void keytool(String password, Object... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    for (Object arg : args) {
      command.add(arg.toString());
    }
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", password, "-keypass", password));
    Commands.run(command, null);
  }
}
