package org.greenvalue.registry.dids;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until DIDs are bound to registry organisations, any client holding {@code registry.write}
 * (checked by the access rules) may register versions for any DID. Replace this bean with one that
 * asks the organisations which clients are members of the organisation holding the DID.
 */
@Configuration(proxyBeanMethods = false)
class ScopeOnlyDidWriters {

  @Bean
  @ConditionalOnMissingBean(DidWriters.class)
  DidWriters didWritersByScopeOnly() {
    return (clientId, did) -> {};
  }
}
