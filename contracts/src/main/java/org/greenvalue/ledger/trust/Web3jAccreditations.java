package org.greenvalue.ledger.trust;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.tx.ChainAccess;
import org.greenvalue.ledger.wrappers.TrustRegistry;
import org.web3j.tuples.generated.Tuple4;

/** {@link Accreditations} over JSON-RPC, with the generated wrapper for encoding and decoding. */
public final class Web3jAccreditations implements Accreditations {
  /** {@code type(uint64).max}: the contract's "no end". */
  private static final BigInteger OPEN_ENDED = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);

  private final ChainAccess chain;
  private final TrustRegistry contract;

  public Web3jAccreditations(ChainAccess chain, String address) {
    this.chain = chain;
    this.contract = TrustRegistry.load(address, chain.web3j(), chain.readOnly(), chain.noGas());
  }

  @Override
  public String address() {
    return contract.getContractAddress();
  }

  @Override
  public LedgerResult accredit(String did, CredentialType type, Validity validity) {
    BigInteger from = seconds(validity.from());
    BigInteger until = validity.until().map(Web3jAccreditations::seconds).orElse(OPEN_ENDED);
    return send(contract.accredit(did, type.hash().bytes(), from, until).encodeFunctionCall());
  }

  @Override
  public LedgerResult suspend(String did, CredentialType type, String reason) {
    return send(contract.suspend(did, type.hash().bytes(), reason).encodeFunctionCall());
  }

  @Override
  public LedgerResult reinstate(String did, CredentialType type, String reason) {
    return send(contract.reinstate(did, type.hash().bytes(), reason).encodeFunctionCall());
  }

  @Override
  public LedgerResult revoke(String did, CredentialType type, String reason) {
    return send(contract.revoke(did, type.hash().bytes(), reason).encodeFunctionCall());
  }

  @Override
  public boolean wasTrusted(String did, CredentialType type, Instant time) {
    requireDid(did);
    BigInteger at = seconds(time);
    return chain.read("wasTrusted", () -> contract.wasTrusted(did, type.hash().bytes(), at).send());
  }

  @Override
  public TrustStatus status(String did, CredentialType type) {
    requireDid(did);
    BigInteger ordinal =
        chain.read("currentStatus", () -> contract.currentStatus(did, type.hash().bytes()).send());
    return TrustStatus.ofOrdinal(ordinal.intValueExact());
  }

  @Override
  public TrustHistory history(String did, CredentialType type) {
    requireDid(did);
    byte[] key = type.hash().bytes();
    long accreditationCount =
        chain
            .read("accreditationCount", () -> contract.accreditationCount(did, key).send())
            .longValueExact();
    List<Accreditation> accreditations = new ArrayList<>();
    for (long i = 0; i < accreditationCount; i++) {
      BigInteger index = BigInteger.valueOf(i);
      TrustRegistry.Accreditation a =
          chain.read("accreditationAt", () -> contract.accreditationAt(did, key, index).send());
      Optional<Instant> until =
          a.validUntil.equals(OPEN_ENDED) ? Optional.empty() : Optional.of(instant(a.validUntil));
      accreditations.add(
          new Accreditation(
              new Validity(instant(a.validFrom), until), a.accreditor, instant(a.recordedAt)));
    }
    long changeCount =
        chain
            .read("statusChangeCount", () -> contract.statusChangeCount(did, key).send())
            .longValueExact();
    List<StatusChange> changes = new ArrayList<>();
    for (long i = 0; i < changeCount; i++) {
      BigInteger index = BigInteger.valueOf(i);
      Tuple4<BigInteger, BigInteger, String, String> c =
          chain.read("statusChangeAt", () -> contract.statusChangeAt(did, key, index).send());
      changes.add(
          new StatusChange(
              instant(c.component1()),
              TrustStatus.ofOrdinal(c.component2().intValueExact()),
              c.component3(),
              c.component4()));
    }
    return new TrustHistory(accreditations, changes);
  }

  private LedgerResult send(String data) {
    return chain.sender().send(address(), data);
  }

  private static void requireDid(String did) {
    if (did == null || did.isEmpty()) {
      throw new IllegalArgumentException("a DID is required");
    }
  }

  private static BigInteger seconds(Instant time) {
    return BigInteger.valueOf(time.getEpochSecond());
  }

  private static Instant instant(BigInteger seconds) {
    return Instant.ofEpochSecond(seconds.longValueExact());
  }
}
