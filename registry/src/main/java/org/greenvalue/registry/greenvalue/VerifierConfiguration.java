package org.greenvalue.registry.greenvalue;

import java.time.Clock;
import org.greenvalue.credentials.did.DidResolvers;
import org.greenvalue.credentials.did.DidWebConfig;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verifier of incoming credentials: did:key always, did:web only to allow-listed hosts. */
@Configuration(proxyBeanMethods = false)
class VerifierConfiguration {

  @Bean
  ClaimCredentialVerifier claimCredentialVerifier(GreenValueProperties properties, Clock clock) {
    DidResolvers resolvers =
        DidResolvers.keyAndWeb(
            DidWebConfig.httpsTo(properties.didWebHosts()), new JdkHttpFetcher(), clock);
    return new ClaimCredentialVerifier(new CredentialVerifier(resolvers, clock));
  }

  /** Named so it cannot be mistaken for another feature's verifier bean. */
  record ClaimCredentialVerifier(CredentialVerifier verifier) {}
}
