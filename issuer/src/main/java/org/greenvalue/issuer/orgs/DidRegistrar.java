package org.greenvalue.issuer.orgs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.greenvalue.issuer.anchoring.AnchoringProperties;
import org.greenvalue.issuer.orgs.DidRegistrations.Registration;
import org.greenvalue.registry.client.DidChange;
import org.greenvalue.registry.client.DidVersion;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Registers queued DID document versions with the registry ({@code POST /dids/versions}), in order
 * per DID. An unreachable registry, a 5xx, or a refusal that may pass later (401, 403: the registry
 * may not know the organisation yet; 404) is retried with the anchoring outbox's doubling backoff;
 * a version the registry refuses outright (400, 409, 422) is kept with the reason and not retried.
 */
@Component
class DidRegistrar {
  private static final Logger log = LoggerFactory.getLogger(DidRegistrar.class);

  private final DidRegistrations registrations;
  private final RegistryClient registry;
  private final AnchoringProperties backoff;
  private final Clock clock;

  DidRegistrar(
      DidRegistrations registrations,
      RegistryClient registry,
      AnchoringProperties backoff,
      Clock clock) {
    this.registrations = registrations;
    this.registry = registry;
    this.backoff = backoff;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${gvr.issuer.anchoring.interval:250ms}")
  void register() {
    List<Registration> due = registrations.claimDue(50, clock.instant(), Duration.ofMinutes(1));
    for (Registration r : due) {
      send(r);
    }
  }

  private void send(Registration r) {
    DidChange change = new DidChange(r.kind(), r.keyId(), r.compromisedAt());
    try {
      DidVersion version =
          registry.registerDidVersion(r.did(), r.document(), change, r.validFrom(), r.version());
      registrations.registered(r.did(), r.version(), version.digest(), clock.instant());
    } catch (RegistryException.Unavailable e) {
      retryLater(r, e.getMessage());
    } catch (RegistryException.Refused e) {
      int status = e.problem().status();
      if (status == 401 || status == 403 || status == 404 || status == 429) {
        retryLater(r, e.getMessage());
        return;
      }
      registrations.refused(r.did(), r.version(), e.getMessage());
      log.warn("the registry refused version {} of {}: {}", r.version(), r.did(), e.getMessage());
    }
  }

  private void retryLater(Registration r, String error) {
    registrations.failed(
        r.did(), r.version(), error, clock.instant().plus(backoff.backoff(r.attempts() + 1)));
  }
}
