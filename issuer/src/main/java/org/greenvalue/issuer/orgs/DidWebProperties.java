package org.greenvalue.issuer.orgs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The host part of the organisations' {@code did:web} identifiers.
 *
 * @param host the host, with a port written {@code %3A} (e.g. {@code localhost%3A8081}); an
 *     organisation {@code acme} is {@code did:web:<host>:acme}, its document served at {@code
 *     /acme/did.json}
 */
@Validated
@ConfigurationProperties("gvr.issuer.did-web")
public record DidWebProperties(
    @NotBlank @Pattern(regexp = "^[A-Za-z0-9.-]+(%3A[0-9]{1,5})?$") String host) {}
