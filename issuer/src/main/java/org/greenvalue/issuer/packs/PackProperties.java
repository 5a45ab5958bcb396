package org.greenvalue.issuer.packs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Evidence pack storage and upload rules. Size limits per file and per request are Spring's
 * multipart limits ({@code gvr.issuer.packs.max-file-size}, {@code .max-request-size}, see
 * application.yml).
 *
 * @param dir where packs are stored, one ZIP per manifest digest
 * @param maxFiles files per pack
 * @param mediaTypes media types accepted in uploads
 */
@Validated
@ConfigurationProperties("gvr.issuer.packs")
public record PackProperties(
    @NotNull Path dir,
    @Min(1) @Max(10_000) @DefaultValue("200") int maxFiles,
    @NotEmpty
        @DefaultValue({
          "application/pdf",
          "application/json",
          "text/csv",
          "text/plain",
          "image/png",
          "image/jpeg",
          "application/xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        })
        Set<String> mediaTypes) {}
