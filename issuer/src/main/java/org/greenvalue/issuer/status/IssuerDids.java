package org.greenvalue.issuer.status;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The DIDs the issuer signs as (every organisation's). */
@Repository
class IssuerDids {
  private final JdbcClient jdbc;

  IssuerDids(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<String> all() {
    return jdbc.sql("SELECT did FROM organisations ORDER BY did").query(String.class).list();
  }

  /**
   * The id of the organisation that signs as {@code did}: the registry knows it by the same id (the
   * trust authority registers it there with this DID and the issuer's registry client).
   */
  Optional<String> organisationOf(String did) {
    return jdbc.sql("SELECT id FROM organisations WHERE did = ?")
        .param(did)
        .query(String.class)
        .optional();
  }
}
