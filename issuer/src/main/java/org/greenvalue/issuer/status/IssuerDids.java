package org.greenvalue.issuer.status;

import java.util.List;
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
}
