package org.greenvalue.demo.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deployment's secrets, as {@code deploy/secrets-generate.sh} writes them (32 random bytes,
 * base64, one file each), plus a token signing key per service, which every instance shares.
 */
final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, String> values = new LinkedHashMap<>();

  String get(String name) {
    return values.computeIfAbsent(name, n -> random());
  }

  /** The service's token signing key (PKCS#8 PEM), the same for all its instances. */
  String signingKey(String service) {
    return values.computeIfAbsent(service + "-token-signing-key", n -> rsaPem());
  }

  /** Writes {@code names} into {@code dir} (owner-only), for the init script of the database. */
  void writeFiles(Path dir, String... names) throws IOException {
    Files.createDirectories(dir);
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.writeString(file, get(name) + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** A Spring config tree: one file per property, named for it, holding its value. */
  static void writeConfigTree(Path dir, Map<String, String> properties) throws IOException {
    Files.createDirectories(dir);
    for (var property : properties.entrySet()) {
      Path file = dir.resolve(property.getKey());
      Files.writeString(file, property.getValue());
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String rsaPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
          + "\n-----END PRIVATE KEY-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
