package org.greenvalue.registry.greenvalue;

import java.util.List;

/** The retirements of one bulk request, in the order of its items. */
public record BulkRetirementView(List<RetirementView> retirements) {}
