package org.greenvalue.registry.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its OAuth2 client-credentials scheme (Swagger UI can log in).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI registryOpenApi() {
    OAuthFlow clientCredentials =
        new OAuthFlow()
            .tokenUrl("/oauth2/token")
            .scopes(
                new Scopes()
                    .addString("trust.authority", "accredit, suspend, reinstate, revoke")
                    .addString("registry.write", "allocate and set status list entries")
                    .addString("registry.read", "query trust and the audit log"));
    return new OpenAPI()
        .info(
            new Info()
                .title("Green Value Registry")
                .version("0.1.0")
                .description(
                    "Trust registry, Bitstring status lists and audit log. Errors are RFC 9457"
                        + " problem documents."))
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
