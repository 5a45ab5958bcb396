package org.greenvalue.registry.explorer;

import java.util.List;

/** A registered organisation and the DIDs it signs as. */
record OrganisationSummary(String id, String name, List<String> dids) {}
