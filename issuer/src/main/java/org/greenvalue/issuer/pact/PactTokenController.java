package org.greenvalue.issuer.pact;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenvalue.issuer.security.IssuerScopes;
import org.greenvalue.service.security.AuthProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT Action Authenticate: {@code POST /auth/token} with HTTP Basic client credentials (RFC 6749
 * §4.4). Tokens carry the client's PACT scopes and are signed with the embedded authorization
 * server's key, so the same resource server accepts them. Errors follow RFC 6749 §5.2.
 */
@RestController
@Tag(name = "PACT v3", description = "PACT Technical Specifications v3 host API")
class PactTokenController {
  private static final List<String> PACT_SCOPES =
      List.of(IssuerScopes.PACT_READ, IssuerScopes.PACT_EVENTS);

  private final ObjectProvider<RegisteredClientRepository> clients;
  private final ObjectProvider<JWKSource<SecurityContext>> keys;
  private final AuthProperties auth;
  private final Clock clock;
  private final PasswordEncoder passwords =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  PactTokenController(
      ObjectProvider<RegisteredClientRepository> clients,
      ObjectProvider<JWKSource<SecurityContext>> keys,
      AuthProperties auth,
      Clock clock) {
    this.clients = clients;
    this.keys = keys;
    this.auth = auth;
    this.clock = clock;
  }

  @PostMapping(value = "/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  @Operation(summary = "PACT Action Authenticate (client credentials, HTTP Basic)")
  ResponseEntity<Map<String, Object>> token(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestParam(name = "grant_type", required = false) String grantType,
      HttpServletRequest request) {
    if (!"client_credentials".equals(grantType)) {
      return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
    }
    RegisteredClientRepository repository = clients.getIfAvailable();
    JWKSource<SecurityContext> jwks = keys.getIfAvailable();
    if (repository == null || jwks == null) {
      return error(400, "invalid_request", "this host issues no tokens; use its OIDC provider");
    }
    String[] credentials = basic(authorization);
    RegisteredClient client =
        credentials == null ? null : repository.findByClientId(credentials[0]);
    if (client == null || !passwords.matches(credentials[1], client.getClientSecret())) {
      return error(401, "invalid_client", "Authentication failed");
    }
    List<String> scopes = PACT_SCOPES.stream().filter(client.getScopes()::contains).toList();
    if (scopes.isEmpty()) {
      return error(400, "unauthorized_client", "the client has no PACT scope");
    }
    Instant now = clock.instant();
    Instant expires = now.plus(auth.embedded().tokenTtl());
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(request.getRequestURL().toString().replace("/auth/token", ""))
            .subject(client.getClientId())
            .claim("client_id", client.getClientId())
            .claim("scope", scopes)
            .issuedAt(now)
            .notBefore(now)
            .expiresAt(expires)
            .build();
    String token =
        new NimbusJwtEncoder(jwks)
            .encode(
                JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
            .getTokenValue();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", auth.embedded().tokenTtl().toSeconds());
    body.put("scope", String.join(" ", scopes));
    return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
  }

  private static String[] basic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 1) {
        return null;
      }
      return new String[] {
        java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
        java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
      };
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ResponseEntity<Map<String, Object>> error(int status, String code, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("error_description", text);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
    if (status == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"pact\"");
    }
    return response.body(body);
  }
}
