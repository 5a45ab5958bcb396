package org.greenvalue.service.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded OAuth2 authorization server: client credentials only, clients and their scopes from
 * configuration, secrets hashed on load, tokens signed with the configured key ({@code
 * gvr.auth.embedded.signing-key}, shared by every instance of the service) or, unset, with one
 * generated at start (tokens then hold for this instance only and do not survive a restart). Each
 * service lists its own clients and scopes. Off when {@code gvr.auth.embedded.enabled=false} or
 * when an external issuer ({@code gvr.auth.issuer-uri}) is set.
 */
@AutoConfiguration(
    before = {
      SecurityAutoConfiguration.class,
      OAuth2AuthorizationServerAutoConfiguration.class,
      OAuth2AuthorizationServerJwtAutoConfiguration.class,
      OAuth2ResourceServerAutoConfiguration.class
    })
@EnableConfigurationProperties(AuthProperties.class)
@Conditional(EmbeddedServerCondition.class)
public class AuthorizationServerAutoConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> {})
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()));
    return http.build();
  }

  @Bean
  RegisteredClientRepository registeredClients(
      AuthProperties properties, AuthConfigurationCheck.Passed checked) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    AuthProperties.Embedded embedded = properties.embedded();
    List<RegisteredClient> clients =
        embedded.clients().stream()
            .map(
                c ->
                    RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(c.id())
                        .clientSecret(encoder.encode(c.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(s -> s.addAll(c.scopes()))
                        .tokenSettings(
                            TokenSettings.builder()
                                .accessTokenTimeToLive(embedded.tokenTtl())
                                .build())
                        .build())
            .toList();
    if (clients.isEmpty()) {
      throw new IllegalStateException(
          "the embedded authorization server needs at least one client"
              + " (gvr.auth.embedded.clients)");
    }
    return new InMemoryRegisteredClientRepository(clients);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
    AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
    String issuer = properties.embedded().issuer();
    if (issuer != null && !issuer.isBlank()) {
      settings.issuer(issuer);
    }
    return settings.build();
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(AuthProperties properties) throws GeneralSecurityException {
    return new ImmutableJWKSet<>(
        new JWKSet(TokenSigningKey.of(properties.embedded().signingKey())));
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthProperties properties) {
    return properties.cached(OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource));
  }
}
