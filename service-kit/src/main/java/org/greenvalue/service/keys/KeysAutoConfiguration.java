package org.greenvalue.service.keys;

import java.io.IOException;
import org.greenvalue.service.system.ServiceName;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The envelope cipher that seals private keys at rest under the master key ({@code gvr.keys}).
 * Lazy: a service that seals nothing never creates a master key file.
 */
@AutoConfiguration
@EnableConfigurationProperties(KeyProperties.class)
public class KeysAutoConfiguration {

  @Bean
  @Lazy
  @ConditionalOnMissingBean
  EnvelopeCipher envelopeCipher(KeyProperties properties, Environment environment)
      throws IOException {
    return new EnvelopeCipher(
        MasterKey.load(
            properties, ServiceName.home().resolve(ServiceName.of(environment) + "-master.key")));
  }
}
