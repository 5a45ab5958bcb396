package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/** Message lists (Bitstring Status List 1.0 §2.1: statusSize, statusMessage) through the client. */
class MessageStatusClientTest {
  private static final String ISSUER = "did:web:message-client-test.example";
  private static final String MESSAGES =
      """
      [{"status":"0x0","message":"accepted"},{"status":"0x1","message":"under review"},
       {"status":"0x2","message":"restated"},{"status":"0x3","message":"withdrawn"}]""";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryProcess registry = RegistryProcess.get();
  private final RegistryClient client =
      new RegistryClient(
          RegistryClientConfig.writer(registry.baseUrl(), "writer", "writer-secret"));

  @org.junit.jupiter.api.BeforeEach
  void theIssuerIsARegisteredOrganisationTheWriterActsFor() {
    registry.admin().ensureOrganisation("message-client-test", List.of(ISSUER), "writer");
  }

  @Test
  void allocatesATwoBitEntrySetsAValueAndReadsItBack() throws Exception {
    StatusEntry entry =
        client.allocateMessageStatus(ISSUER, null, 2, MESSAGES, UUID.randomUUID().toString());
    assertThat(entry.purpose()).isEqualTo("message");
    assertThat(entry.json()).contains("\"statusSize\":2").contains("under review");

    StatusState restated =
        client.setStatusValue(
            "message", entry.listId(), entry.index(), 2, "restated", UUID.randomUUID().toString());

    assertThat(restated.status()).isEqualTo("0x2");
    assertThat(restated.statusMessage()).isEqualTo("restated");
    AllocatedStatus read =
        client.statusEntry("message", entry.listId(), entry.index()).orElseThrow();
    assertThat(read.issuer()).isEqualTo(ISSUER);
    assertThat(read.organisation()).isEqualTo("message-client-test");
    assertThat(read.status()).isEqualTo("0x2");
    assertThat(JSON.readTree(read.credentialStatus())).isEqualTo(JSON.readTree(entry.json()));
  }

  @Test
  void aValueThatDoesNotFitTheEntryIsRefusedAndTheEntryKeepsItsValue() {
    StatusEntry entry =
        client.allocateMessageStatus(ISSUER, null, 2, MESSAGES, UUID.randomUUID().toString());

    assertThatThrownBy(
            () ->
                client.setStatusValue(
                    "message",
                    entry.listId(),
                    entry.index(),
                    4,
                    null,
                    UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(
            RegistryException.Refused.class, e -> assertThat(e.problem().status()).isEqualTo(422));
    assertThat(client.statusEntry("message", entry.listId(), entry.index()))
        .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("0x0"));
  }

  @Test
  void anEntryNeverAllocatedIsEmptyAndABadMessageListIsRefusedBeforeSending() {
    StatusEntry entry =
        client.allocateMessageStatus(ISSUER, null, 2, MESSAGES, UUID.randomUUID().toString());

    assertThat(client.statusEntry("message", entry.listId(), 131_071)).isEmpty();
    assertThatThrownBy(
            () -> client.allocateMessageStatus(ISSUER, null, 2, "[{", UUID.randomUUID().toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.statusEntry("refresh", 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
