package org.greenvalue.issuer.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The registry the issuer uses for status lists, anchoring and trust queries.
 *
 * @param url its base URL
 * @param clientId a client of the registry with {@code registry.write} and {@code registry.read}
 * @param clientSecret its secret
 * @param timeout connect and request timeout
 */
@Validated
@ConfigurationProperties("gvr.issuer.registry")
public record RegistryProperties(
    @NotNull URI url,
    @NotBlank String clientId,
    @NotBlank String clientSecret,
    @NotNull @DefaultValue("5s") Duration timeout) {

  @Override
  public String toString() {
    return "RegistryProperties[url=" + url + ", clientId=" + clientId + ", clientSecret=***]";
  }
}
