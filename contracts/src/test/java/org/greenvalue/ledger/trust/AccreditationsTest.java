package org.greenvalue.ledger.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.Refusals.errorOf;

import java.time.Duration;
import java.time.Instant;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.Role;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevChainExtension.class)
class AccreditationsTest {
  private static final CredentialType PCF = CredentialType.of("ProductFootprintCredential");
  private static Ledger admin;
  private static Ledger stranger;
  private static DevChain chain;
  private static int counter;

  @BeforeAll
  static void contracts(LedgerFixture fixture) {
    admin = fixture.admin();
    stranger = fixture.account(2);
    chain = fixture.chain();
  }

  private static String freshDid() {
    return "did:web:supplier-" + (++counter) + "-" + System.nanoTime() + ".example";
  }

  private static Bytes32 hashOf(String did) {
    return Bytes32.keccakOf(did);
  }

  private static Instant now() {
    return admin
        .trust()
        .accredit(freshDid(), PCF, Validity.from(Instant.EPOCH))
        .orThrow()
        .blockTime();
  }

  private static void tick() throws Exception {
    chain.increaseTime(Duration.ofSeconds(10));
  }

  @Test
  void trustsOnlyWithinTheValidityPeriod() {
    String did = freshDid();
    Instant from = now().minusSeconds(500);
    Instant until = from.plusSeconds(1000);

    Instant recordedAt =
        admin.trust().accredit(did, PCF, Validity.between(from, until)).orThrow().blockTime();

    assertThat(admin.trust().wasTrusted(did, PCF, from.minusSeconds(1))).isFalse();
    assertThat(admin.trust().wasTrusted(did, PCF, from)).isTrue();
    assertThat(admin.trust().wasTrusted(did, PCF, until.minusSeconds(1))).isTrue();
    assertThat(admin.trust().wasTrusted(did, PCF, until)).isFalse();
    assertThat(admin.trust().wasTrusted(did, CredentialType.of("Other"), from)).isFalse();
    assertThat(admin.trust().status(did, PCF)).isEqualTo(TrustStatus.ACTIVE);
    assertThat(admin.trust().history(did, PCF).accreditations())
        .containsExactly(
            new Accreditation(Validity.between(from, until), admin.account(), recordedAt));
  }

  @Test
  void suspensionEndsTrustFromItsBlockTimeAndReinstatementRestoresIt() throws Exception {
    String did = freshDid();
    admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH)).orThrow();
    tick();
    Instant suspended = admin.trust().suspend(did, PCF, "audit finding").orThrow().blockTime();
    tick();
    Instant reinstated = admin.trust().reinstate(did, PCF, "finding closed").orThrow().blockTime();

    assertThat(admin.trust().wasTrusted(did, PCF, suspended.minusSeconds(1))).isTrue();
    assertThat(admin.trust().wasTrusted(did, PCF, suspended)).isFalse();
    assertThat(admin.trust().wasTrusted(did, PCF, reinstated.minusSeconds(1))).isFalse();
    assertThat(admin.trust().wasTrusted(did, PCF, reinstated)).isTrue();
    assertThat(admin.trust().status(did, PCF)).isEqualTo(TrustStatus.ACTIVE);
    assertThat(admin.trust().history(did, PCF).statusChanges())
        .extracting(StatusChange::status, StatusChange::reason, StatusChange::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TrustStatus.SUSPENDED, "audit finding", suspended),
            org.assertj.core.groups.Tuple.tuple(TrustStatus.ACTIVE, "finding closed", reinstated));
  }

  @Test
  void revocationEndsTrustAndReaccreditationRestoresItOnlyFromThen() throws Exception {
    String did = freshDid();
    admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH)).orThrow();
    tick();
    Instant revoked = admin.trust().revoke(did, PCF, "fraud").orThrow().blockTime();
    tick();

    assertThat(admin.trust().status(did, PCF)).isEqualTo(TrustStatus.REVOKED);
    assertThat(admin.trust().wasTrusted(did, PCF, revoked.minusSeconds(1))).isTrue();
    assertThat(admin.trust().wasTrusted(did, PCF, revoked)).isFalse();

    Instant again =
        admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH)).orThrow().blockTime();

    assertThat(admin.trust().status(did, PCF)).isEqualTo(TrustStatus.ACTIVE);
    assertThat(admin.trust().wasTrusted(did, PCF, again.minusSeconds(1))).isFalse();
    assertThat(admin.trust().wasTrusted(did, PCF, again)).isTrue();
    assertThat(admin.trust().history(did, PCF).accreditations()).hasSize(2);
    assertThat(admin.trust().history(did, PCF).statusChanges())
        .extracting(StatusChange::status)
        .containsExactly(TrustStatus.REVOKED, TrustStatus.ACTIVE);
  }

  @Test
  void refusesAnEmptyPeriodAndAnEmptyDid() {
    Instant t = Instant.ofEpochSecond(1_700_000_000L);
    assertThat(errorOf(admin.trust().accredit(freshDid(), PCF, Validity.between(t, t))))
        .isEqualTo(
            new TrustError.InvalidValidity(
                java.math.BigInteger.valueOf(t.getEpochSecond()),
                java.math.BigInteger.valueOf(t.getEpochSecond())));
    assertThat(errorOf(admin.trust().accredit("", PCF, Validity.from(t))))
        .isEqualTo(new TrustError.EmptyDid());
  }

  @Test
  void refusesStatusChangesForADidNeverAccredited() {
    String did = freshDid();
    TrustError expected = new TrustError.NotAccredited(hashOf(did), PCF.hash());
    assertThat(errorOf(admin.trust().suspend(did, PCF, "x"))).isEqualTo(expected);
    assertThat(errorOf(admin.trust().reinstate(did, PCF, "x"))).isEqualTo(expected);
    assertThat(errorOf(admin.trust().revoke(did, PCF, "x"))).isEqualTo(expected);
  }

  @Test
  void refusesStatusChangesThatDoNotFitTheCurrentStatus() {
    String did = freshDid();
    Bytes32 h = hashOf(did);
    admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH)).orThrow();

    assertThat(errorOf(admin.trust().reinstate(did, PCF, "not suspended")))
        .isEqualTo(new TrustError.NotSuspended(h, PCF.hash()));
    admin.trust().suspend(did, PCF, "first").orThrow();
    assertThat(errorOf(admin.trust().suspend(did, PCF, "again")))
        .isEqualTo(new TrustError.AlreadySuspended(h, PCF.hash()));
    assertThat(errorOf(admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH))))
        .isEqualTo(new TrustError.AccreditationSuspended(h, PCF.hash()));
    admin.trust().revoke(did, PCF, "final").orThrow();
    assertThat(errorOf(admin.trust().revoke(did, PCF, "again")))
        .isEqualTo(new TrustError.AlreadyRevoked(h, PCF.hash()));
    assertThat(errorOf(admin.trust().suspend(did, PCF, "after revoke")))
        .isEqualTo(new TrustError.AlreadyRevoked(h, PCF.hash()));
  }

  @Test
  void refusesAStatusChangeWithoutAReason() {
    String did = freshDid();
    admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH)).orThrow();
    assertThat(errorOf(admin.trust().suspend(did, PCF, "")))
        .isEqualTo(new TrustError.EmptyReason());
  }

  @Test
  void refusesACallerWithoutTheTrustAuthorityRole() {
    String did = freshDid();
    assertThat(errorOf(stranger.trust().accredit(did, PCF, Validity.from(Instant.EPOCH))))
        .isInstanceOfSatisfying(
            CommonError.MissingRole.class,
            m -> assertThat(m.role()).contains(Role.TRUST_AUTHORITY));
    admin.trust().accredit(did, PCF, Validity.from(Instant.EPOCH)).orThrow();
    assertThat(errorOf(stranger.trust().suspend(did, PCF, "x")))
        .isInstanceOf(CommonError.MissingRole.class);
    assertThat(admin.trust().status(did, PCF)).isEqualTo(TrustStatus.ACTIVE);
  }
}
