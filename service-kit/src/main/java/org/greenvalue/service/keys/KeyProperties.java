package org.greenvalue.service.keys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The master key that seals a service's private keys at rest.
 *
 * @param masterKey 32 bytes, base64; when absent, read from (or created in) {@code masterKeyFile}
 * @param masterKeyFile where a generated master key is kept (owner-only permissions); unset means
 *     {@code ~/.gvr/<spring.application.name>-master.key}
 */
@Validated
@ConfigurationProperties("gvr.keys")
public record KeyProperties(String masterKey, Path masterKeyFile) {
  @Override
  public String toString() {
    return "KeyProperties[masterKey=***, masterKeyFile=" + masterKeyFile + "]";
  }
}
