package org.greenvalue.verifier.system;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.greenvalue.credentials.did.DidWebConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the verifier gets external facts; every source is optional.
 *
 * @param registry the registry (trust, anchors, status lists) and the client to call it with
 * @param ledger the ledger RPC and the contracts to read anchors and lots from
 * @param statusListPrefixes URL prefixes status lists may be fetched from (default: the registry's
 *     {@code /status-lists/})
 * @param didWebHosts hosts did:web documents may be fetched from
 * @param didWebTransport HTTPS (the default), or plain HTTP to loopback hosts for the local demo
 * @param trustListFile an offline trust list snapshot, used instead of the registry's trust API
 * @param trustListIssuer the DID that must have signed the snapshot
 * @param pactHosts origins ({@code https://host:port}) of PACT hosts the service may pull from
 * @param registryDid the registry's DID, which signs custody transfer records; when absent, the
 *     trust list snapshot's issuer
 */
@ConfigurationProperties("gvr.verifier")
public record VerifierProperties(
    Registry registry,
    Ledger ledger,
    List<String> statusListPrefixes,
    List<String> didWebHosts,
    DidWebConfig.Transport didWebTransport,
    Path trustListFile,
    String trustListIssuer,
    List<String> pactHosts,
    String registryDid) {

  public VerifierProperties {
    registry = registry == null ? new Registry(null, null, null) : registry;
    ledger = ledger == null ? new Ledger(null, null) : ledger;
    statusListPrefixes = statusListPrefixes == null ? List.of() : List.copyOf(statusListPrefixes);
    didWebHosts = didWebHosts == null ? List.of() : List.copyOf(didWebHosts);
    didWebTransport = didWebTransport == null ? DidWebConfig.Transport.HTTPS : didWebTransport;
    pactHosts = pactHosts == null ? List.of() : List.copyOf(pactHosts);
  }

  /**
   * The registry's base URL and OAuth2 client; no URL: no registry. With a URL, the client id and
   * secret are required (there is no built-in client).
   */
  public record Registry(URI url, String clientId, String clientSecret) {
    public Registry {
      if (url != null && (blank(clientId) || blank(clientSecret))) {
        throw new IllegalArgumentException(
            "gvr.verifier.registry.url is set: gvr.verifier.registry.client-id and client-secret"
                + " are required");
      }
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }

    @Override
    public String toString() {
      return "Registry[url=" + url + ", clientId=" + clientId + ", clientSecret=***]";
    }
  }

  /**
   * @param rpcUrl the JSON-RPC URL; none: no chain checks
   * @param contracts {@code ANCHOR_REGISTRY,TRUST_REGISTRY,GREEN_VALUE_LEDGER}
   */
  public record Ledger(URI rpcUrl, String contracts) {}
}
