package org.greenvalue.registry.explorer;

import java.util.List;

/**
 * An organisation with the accreditation history of its DIDs (accreditations and status changes,
 * oldest first; the first page).
 */
record OrganisationDetail(
    String id, String name, List<String> dids, Page<TrustEventView> accreditations) {}
