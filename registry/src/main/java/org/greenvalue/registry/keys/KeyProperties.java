package org.greenvalue.registry.keys;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The master key that seals the registry's signing keys at rest.
 *
 * @param masterKey 32 bytes, base64; when absent, read from (or created in) {@code masterKeyFile}
 * @param masterKeyFile where a generated master key is kept (owner-only permissions)
 */
@Validated
@ConfigurationProperties("gvr.registry.keys")
public record KeyProperties(String masterKey, @NotNull Path masterKeyFile) {
  @Override
  public String toString() {
    return "KeyProperties[masterKey=***, masterKeyFile=" + masterKeyFile + "]";
  }
}
