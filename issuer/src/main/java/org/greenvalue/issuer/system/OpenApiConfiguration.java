package org.greenvalue.issuer.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.greenvalue.issuer.security.IssuerScopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its OAuth2 client-credentials scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI issuerOpenApi() {
    OAuthFlow clientCredentials =
        new OAuthFlow()
            .tokenUrl("/oauth2/token")
            .scopes(
                new Scopes()
                    .addString(IssuerScopes.ADMIN, "create organisations, rotate keys")
                    .addString(IssuerScopes.SUPPLIER, "evidence packs, PCF and ΔCO2 credentials")
                    .addString(IssuerScopes.ASSURANCE, "assurance credentials")
                    .addString(IssuerScopes.READ, "read organisations, credentials, packs")
                    .addString(IssuerScopes.PACT_READ, "PACT v3 footprints")
                    .addString(IssuerScopes.PACT_EVENTS, "PACT v3 events"));
    return new OpenAPI()
        .info(
            new Info()
                .title("Green Value Issuer")
                .version("0.1.0")
                .description(
                    "Organisations and keys, evidence packs, PCF, ΔCO2 and assurance credentials"
                        + " (typed endpoints and VC-API), PACT v3 host API. Errors are RFC 9457"
                        + " problem documents, except on the PACT API (/3/*, /auth/token), which"
                        + " answers with PACT error responses."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "oauth2",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .flows(new OAuthFlows().clientCredentials(clientCredentials))))
        .addSecurityItem(new SecurityRequirement().addList("oauth2"));
  }
}
