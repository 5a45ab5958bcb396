package org.greenvalue.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.bench.BenchCredentials;

/**
 * Writes the VC-API verify body for the bench PCF credential as a vc+jwt: {@code JwtBody <file>}.
 */
public final class JwtBody {

  public static void main(String[] args) throws Exception {
    Files.writeString(
        Path.of(args[0]), "{\"verifiableCredential\":\"" + BenchCredentials.pcfVcJwt() + "\"}");
  }
}
