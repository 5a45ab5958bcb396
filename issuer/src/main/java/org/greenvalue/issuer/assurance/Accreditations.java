package org.greenvalue.issuer.assurance;

import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.greenvalue.registry.client.TrustAnswer;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Asks the registry whether an organisation is accredited, now, to sign assurance credentials (role
 * {@code ASSURANCE_PROVIDER}, type {@code AssuranceCredential}).
 */
@Component
class Accreditations {
  private final RegistryClient registry;

  Accreditations(RegistryClient registry) {
    this.registry = registry;
  }

  void requireAssuranceProvider(Organisation org) {
    String type = SubjectKind.ASSURANCE.credentialType();
    TrustAnswer answer;
    try {
      answer = registry.trust(org.did(), type, null);
    } catch (RegistryException.Refused e) {
      if (e.problem().status() == 404) {
        throw notAccredited(org, "it has never been accredited");
      }
      throw new Problem(
          HttpStatus.BAD_GATEWAY,
          "registry-refused",
          "Registry refused",
          "the registry refused the trust query for " + org.did() + ": " + e.getMessage());
    } catch (RegistryException.Unavailable e) {
      throw Problem.unavailable(
          "registry-unavailable",
          "the registry cannot say whether " + org.did() + " is accredited; nothing was issued");
    }
    if (!answer.trusted()) {
      throw notAccredited(org, answer.reason());
    }
  }

  private static Problem notAccredited(Organisation org, String reason) {
    return new Problem(
        HttpStatus.FORBIDDEN,
        "not-accredited",
        "Not accredited",
        org.did() + " is not accredited as an assurance provider: " + reason);
  }
}
