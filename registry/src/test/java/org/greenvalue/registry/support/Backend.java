package org.greenvalue.registry.support;

import java.net.URI;

/** One kind of test backend: a PostgreSQL server and a chain with a funded sending account. */
interface Backend {

  String jdbcUrl(String database);

  String defaultDatabase();

  String username();

  String password();

  URI rpcUrl();

  String privateKey();

  /** What was started, for the test output. */
  String describe();

  void stop();
}
