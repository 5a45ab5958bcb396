package org.greenvalue.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

/** Errors Spring raises itself are problem documents too. */
class ProblemDocumentTest extends RegistryIntegrationTest {

  @Test
  void anUnknownPathIsA404Problem() {
    Api api = api();
    HttpResult r = api.get("/no-such-thing", api.reader());
    assertThat(r.isProblem(404)).as(r.toString()).isTrue();
  }

  @Test
  void anUnsupportedMethodIsA405Problem() {
    Api api = api();
    HttpResult r = api.send("DELETE", "/audit", api.reader(), "application/json", "");
    assertThat(r.isProblem(405)).as(r.toString()).isTrue();
  }

  @Test
  void aBodyThatIsNotJsonIsA415Problem() {
    Api api = api();
    HttpResult r =
        api.send("POST", "/status-lists/revocation/entries", api.writer(), "text/plain", "hello");
    assertThat(r.isProblem(415)).as(r.toString()).isTrue();
  }
}
