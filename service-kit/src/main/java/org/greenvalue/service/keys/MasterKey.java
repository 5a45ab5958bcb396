package org.greenvalue.service.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the AES-256 master key from configuration, or from a key file it creates on first use. */
public final class MasterKey {
  private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

  private MasterKey() {}

  public static SecretKey load(KeyProperties properties, Path defaultFile) throws IOException {
    if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
      return decode(properties.masterKey(), "gvr.keys.master-key");
    }
    Path file = properties.masterKeyFile() != null ? properties.masterKeyFile() : defaultFile;
    if (Files.exists(file)) {
      return decode(Files.readString(file).trim(), file.toString());
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.createFile(file);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // the file keeps the platform's default permissions
    }
    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
    log.warn(
        "generated a master key in {}; set gvr.keys.master-key from a secret store in"
            + " production",
        file);
    return new SecretKeySpec(fresh, "AES");
  }

  private static SecretKey decode(String base64, String source) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the master key in " + source + " is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("the master key in " + source + " must be 32 bytes");
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
