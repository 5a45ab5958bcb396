package org.greenvalue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The OAuth2 clients each compose service is given, bound as Spring Boot binds them: the
 * container's environment first, then the config tree its secrets and configs are written into.
 * Spring takes a list from one property source only (the first that has any element of it), so a
 * client's id in the environment and its secret in the config tree would give clients without
 * secrets.
 */
class ComposeClientsBindingTest {
  private static final Path ROOT =
      Path.of(System.getProperty("gvr.root", "..")).toAbsolutePath().normalize();
  private static final String CONFIG_TREE = "/run/secrets/config/";

  /** The shape of {@code gvr.auth.embedded.clients[n]} (service-kit's AuthProperties). */
  record Client(String id, String secret, List<String> scopes) {}

  @ParameterizedTest
  @ValueSource(strings = {"registry", "issuer", "verifier"})
  void everyClientBindsWithItsIdScopesAndSecret(String service, @TempDir Path tree)
      throws IOException {
    ComposeFile compose = ComposeFile.read(ROOT.resolve("docker-compose.yml"));
    int secrets = 0;
    for (Map<String, String> file : compose.configTreeFiles(service, CONFIG_TREE)) {
      String name = file.get("name");
      Files.writeString(tree.resolve(name), file.get("content"));
      if (name.startsWith("gvr.auth.embedded.clients[") && name.endsWith("].secret")) {
        secrets++;
      }
    }
    MutablePropertySources sources = new MutablePropertySources();
    sources.addLast(
        new SystemEnvironmentPropertySource(
            "environment", new LinkedHashMap<>(compose.environment(service))));
    sources.addLast(new ConfigTreePropertySource("configtree", tree));

    List<Client> clients =
        new Binder(ConfigurationPropertySources.from(sources))
            .bind("gvr.auth.embedded.clients", Bindable.listOf(Client.class))
            .orElse(List.of());

    assertThat(secrets).as(service + " client secrets").isPositive();
    assertThat(clients).as(service).hasSize(secrets);
    for (Client client : clients) {
      assertThat(client.id()).as(service + " " + client).isNotBlank();
      assertThat(client.secret()).as(service + " " + client.id()).isNotBlank();
      assertThat(client.scopes()).as(service + " " + client.id()).isNotEmpty();
    }
  }
}
