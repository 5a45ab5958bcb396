package org.greenvalue.registry.greenvalue;

import java.util.List;
import java.util.Set;
import org.greenvalue.credentials.did.DidWebConfig;
import org.greenvalue.verification.eligibility.Policy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Green-value lots.
 *
 * @param didWebHosts hosts whose did:web documents may be fetched to verify a credential (did:key
 *     needs none); empty allows did:key only
 * @param didWebTransport HTTPS (the default), or plain HTTP to loopback hosts for the local demo
 * @param mintPolicy the CEL policy a verified claim must meet to be minted
 */
@ConfigurationProperties("gvr.registry.green-value")
public record GreenValueProperties(
    @DefaultValue({}) Set<String> didWebHosts,
    @DefaultValue("HTTPS") DidWebConfig.Transport didWebTransport,
    @DefaultValue MintPolicyProperties mintPolicy) {

  /**
   * The mint policy: rules in CEL over the reduction credential's verified facts (the variables of
   * the verifier's eligibility policies), every one of which must hold.
   *
   * @param name the policy's name, in refusals
   * @param version its version, in refusals
   * @param rules the rules; none configured means {@link MintPolicy#defaultRules()}
   */
  public record MintPolicyProperties(
      @DefaultValue("mint") String name,
      @DefaultValue("1") int version,
      @DefaultValue("What a ΔCO2 claim must meet to be minted as a green-value lot")
          String description,
      List<Policy.Rule> rules) {

    Policy policy() {
      return new Policy(
          name,
          version,
          description,
          rules == null || rules.isEmpty() ? MintPolicy.defaultRules() : rules);
    }
  }
}
