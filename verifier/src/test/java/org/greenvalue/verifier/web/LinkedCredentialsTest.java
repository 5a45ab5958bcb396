package org.greenvalue.verifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.greenvalue.verifier.system.VerifierProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs the page's links may load credentials from. */
class LinkedCredentialsTest {

  static VerifierProperties registryAt(String url) {
    return new VerifierProperties(
        new VerifierProperties.Registry(URI.create(url), "reader", "secret"),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void defaultsToTheRegistrysOriginWithItsPortMadeExplicit() {
    var links = new LinkedCredentials(registryAt("http://Registry.example/base/"), List.of());

    assertThat(links.origins()).containsExactly("http://registry.example:80");
    assertThat(links.allowed(URI.create("http://registry.example:80/explorer/api/x"))).isTrue();
    assertThat(links.allowed(URI.create("HTTP://REGISTRY.EXAMPLE/explorer/api/x"))).isTrue();
  }

  @Test
  void configuredOriginsReplaceTheRegistrys() {
    var links =
        new LinkedCredentials(
            registryAt("http://registry:8080"), List.of("https://registry.example.org"));

    assertThat(links.origins()).containsExactly("https://registry.example.org:443");
    assertThat(links.allowed(URI.create("http://registry:8080/x"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://registry.example.org:8443/x",
        "http://registry.example.org/x",
        "ftp://registry.example.org/x",
        "https://user@registry.example.org/x",
        "https://registry.example.org.evil.example/x",
        "file:///etc/passwd",
        "/explorer/api/x"
      })
  void refusesEveryOtherOrigin(String url) {
    var links =
        new LinkedCredentials(registryAt("http://r:1"), List.of("https://registry.example.org"));

    assertThat(links.allowed(URI.create(url))).isFalse();
  }

  @Test
  void refusesToStartWithAnOriginThatIsNotHttp() {
    assertThatThrownBy(() -> new LinkedCredentials(registryAt("http://r:1"), List.of("registry")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an http(s) origin");
  }
}
