package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.verification.Check;
import org.junit.jupiter.api.Test;

class StatusListCheckTest {

  private static final String ID = "https://registry.example/status/3#list";
  private final BitstringStatusList bits = BitstringStatusList.create();

  private BitstringStatusListSubject list(StatusPurpose purpose) {
    return BitstringStatusListSubject.of(ID, purpose, bits);
  }

  private static BitstringStatusListEntry entry(StatusPurpose purpose, int index) {
    return BitstringStatusListEntry.of(purpose, index, BitstringStatusListEntryTest.LIST);
  }

  @Test
  void failsARevokedCredentialNamingItsIndex() {
    bits.set(94567, 1);
    Check check =
        StatusListCheck.check(
            entry(StatusPurpose.REVOCATION, 94567), list(StatusPurpose.REVOCATION));
    assertThat(check.failed()).isTrue();
    assertThat(check.name()).isEqualTo("status.revocation");
    assertThat(check.reason()).contains("revocation set").contains("index 94567");
  }

  @Test
  void passesACredentialWhoseBitIsClear() {
    bits.set(94568, 1);
    Check check =
        StatusListCheck.check(
            entry(StatusPurpose.SUSPENSION, 94567), list(StatusPurpose.SUSPENSION));
    assertThat(check.outcome()).isEqualTo(Check.Outcome.PASSED);
    assertThat(
            StatusListCheck.status(
                    entry(StatusPurpose.SUSPENSION, 94567), list(StatusPurpose.SUSPENSION))
                .value())
        .isZero();
  }

  @Test
  void failsWhenTheListServesAnotherPurpose() {
    Check check =
        StatusListCheck.check(entry(StatusPurpose.REVOCATION, 1), list(StatusPurpose.SUSPENSION));
    assertThat(check.failed()).isTrue();
    assertThat(check.reason()).contains("does not serve purpose 'revocation'");
  }

  @Test
  void failsWhenTheIndexIsOutsideTheList() {
    Check check =
        StatusListCheck.check(
            entry(StatusPurpose.REVOCATION, 131_072), list(StatusPurpose.REVOCATION));
    assertThat(check.reason()).contains("outside the list of 131072 entries");
  }

  @Test
  void failsWhenTheListCannotBeDecoded() {
    var corrupt =
        new BitstringStatusListSubject(
            ID, Set.of(StatusPurpose.REVOCATION), "uAAAA", Optional.empty());
    assertThat(StatusListCheck.check(entry(StatusPurpose.REVOCATION, 1), corrupt).reason())
        .contains("not GZIP");
  }

  @Test
  void reportsTheMessageOfAMultiBitStatusWithoutFailing() {
    var wide = BitstringStatusList.create(BitstringStatusList.MIN_ENTRIES, 2);
    wide.set(7, 2);
    var subject = BitstringStatusListSubject.of(ID, StatusPurpose.MESSAGE, wide);
    Check check = StatusListCheck.check(BitstringStatusListEntryTest.messageEntry(), subject);
    assertThat(check.outcome()).isEqualTo(Check.Outcome.PASSED);
    assertThat(check.reason()).contains("status 0x2 (pending review)");
  }
}
