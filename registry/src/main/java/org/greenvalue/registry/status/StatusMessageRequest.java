package org.greenvalue.registry.status;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One {@code statusMessage} item of a message list: a value in hexadecimal and its meaning. */
public record StatusMessageRequest(
    @NotNull @Pattern(regexp = "0x[0-9a-fA-F]{1,2}", message = "is not a hex value such as 0x1")
        String status,
    @NotNull @Size(min = 1, max = 200) String message) {}
