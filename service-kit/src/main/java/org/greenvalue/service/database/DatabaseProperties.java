package org.greenvalue.service.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL, used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where its data lives, kept across restarts; unset means {@code
 *     ~/.gvr/<spring.application.name>-db}
 * @param port its port; 0 picks a free one
 */
@Validated
@ConfigurationProperties("gvr.database")
public record DatabaseProperties(Path dataDir, @Min(0) @Max(65535) @DefaultValue("0") int port) {}
