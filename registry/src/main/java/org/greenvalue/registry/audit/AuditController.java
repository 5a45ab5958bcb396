package org.greenvalue.registry.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "Every write: who, what, when, and its ledger transaction")
class AuditController {
  private final AuditLog log;

  AuditController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/audit")
  @Operation(summary = "Audit entries, newest first, filtered and paged")
  AuditPage find(
      @RequestParam(required = false) String clientId,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant until,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return log.find(new AuditQuery(clientId, action, subject, from, until, page, size));
  }
}
