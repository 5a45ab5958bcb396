package org.greenvalue.registry.audit;

import java.util.List;

/** A page of audit entries, newest first. */
record AuditPage(List<AuditEntry> items, int page, int size, long total) {}
