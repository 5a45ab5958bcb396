package org.greenvalue.issuer.pact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PACT data recipients whose footprint requests this host answers, and the reply worker.
 *
 * @param eventSource the CloudEvent {@code source} of the events we send (our own /3/events)
 * @param recipients recipients keyed by the {@code source} of their RequestCreatedEvents
 * @param interval how often the worker looks for due replies
 * @param batchSize replies sent per round
 * @param initialBackoff wait after the first failed attempt; doubled per attempt
 * @param maxBackoff the longest wait between attempts
 * @param giveUpAfter a reply not delivered this long after the request is abandoned (PACT: 72h)
 * @param timeout connect and request timeout towards a recipient
 */
@Validated
@ConfigurationProperties("gvr.issuer.pact")
public record PactRecipientsProperties(
    @NotBlank @DefaultValue("//localhost/3/events") String eventSource,
    @Valid @DefaultValue List<Recipient> recipients,
    @NotNull @DefaultValue("500ms") Duration interval,
    @Min(1) @Max(1000) @DefaultValue("50") int batchSize,
    @NotNull @DefaultValue("1s") Duration initialBackoff,
    @NotNull @DefaultValue("5m") Duration maxBackoff,
    @NotNull @DefaultValue("72h") Duration giveUpAfter,
    @NotNull @DefaultValue("10s") Duration timeout) {

  /**
   * One data recipient's PACT host, reached with client credentials (HTTP Basic at {@code
   * tokenUrl}).
   *
   * @param source the CloudEvent {@code source} its requests carry
   * @param organisations the organisations whose footprints it may receive; empty: all served on
   *     /3/footprints
   * @param senders the PACT clients (our token's client ids) that may send requests in this
   *     source's name; empty: any client with {@code pact.events}
   */
  public record Recipient(
      @NotBlank String source,
      @NotNull URI eventsUrl,
      @NotNull URI tokenUrl,
      @NotBlank String clientId,
      @NotBlank String clientSecret,
      @DefaultValue List<String> organisations,
      @DefaultValue List<String> senders) {

    /** Whether {@code client} may ask for footprints in this recipient's name. */
    boolean acceptsRequestsFrom(String client) {
      return senders.isEmpty() || senders.contains(client);
    }

    @Override
    public String toString() {
      return "Recipient[" + source + " -> " + eventsUrl + ", client " + clientId + "]";
    }
  }

  Optional<Recipient> recipient(String source) {
    return recipients.stream().filter(r -> r.source().equals(source)).findFirst();
  }

  /** The wait after {@code attempts} failed attempts: doubling, capped. */
  Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
