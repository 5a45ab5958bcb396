package org.greenvalue.issuer.pact;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The issuer's public base URL, as PACT clients reach it: the green value extension's {@code
 * dataSchema} and {@code documentation} URLs are under it.
 *
 * @param publicUrl e.g. {@code https://issuer.example.com} (no trailing slash needed)
 */
@Validated
@ConfigurationProperties("gvr.issuer")
public record IssuerPublicUrl(
    @Pattern(regexp = "^https?://[^\\s]+$") @DefaultValue("http://localhost:8081")
        String publicUrl) {}
