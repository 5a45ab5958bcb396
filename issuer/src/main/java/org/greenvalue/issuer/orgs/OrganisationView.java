package org.greenvalue.issuer.orgs;

import java.time.Instant;
import java.util.List;

/** An organisation and its keys, as the API shows them. */
record OrganisationView(
    String id,
    String name,
    String did,
    List<String> clients,
    List<Organisations.KeyView> keys,
    Instant createdAt) {}
