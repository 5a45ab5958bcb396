package org.greenvalue.registry.greenvalue;

import java.time.Clock;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.DidResolvers;
import org.greenvalue.credentials.did.DidWebConfig;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DIDs of incoming credentials: did:key always, did:web only to allow-listed hosts. */
@Configuration(proxyBeanMethods = false)
class VerifierConfiguration {

  @Bean
  ClaimDids claimDids(GreenValueProperties properties, Clock clock) {
    DidResolvers resolvers =
        DidResolvers.keyAndWeb(
            DidWebConfig.httpsTo(properties.didWebHosts()).over(properties.didWebTransport()),
            new JdkHttpFetcher(),
            clock);
    return new ClaimDids(resolvers);
  }

  /** Named so it cannot be mistaken for another feature's resolver bean. */
  record ClaimDids(DidResolver resolver) {}
}
