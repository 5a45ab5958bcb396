package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.Issued.*;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.evidence.build.SealedPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine is its list of rules: each rule has its own name, and every check in a report is named
 * after the rule that made it, so a reader of a report knows which rule to look at.
 */
class RulesTest {

  @TempDir static Path dir;

  @Test
  void eachRuleHasItsOwnName() {
    Set<String> names = new HashSet<>();
    for (Rule rule : VerificationEngine.RULES) {
      assertThat(names.add(rule.name())).as(rule.name()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(SecuringFormat.class)
  void everyCheckIsNamedAfterTheRuleThatMadeIt(SecuringFormat format) throws Exception {
    Path packFile = dir.resolve("pack-" + format.name() + ".zip");
    SealedPack pack = pack(packFile);
    String claim = reduction(pack, format);
    var request =
        CredentialRequest.of(claim)
            .withEvidencePack(packFile)
            .withAssurance(
                assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED))
            .withRequiredLevel(AssuranceLevel.REASONABLE);

    List<Check> checks =
        new VerificationEngine(Sources.offline(new DidKeyResolver()), CLOCK)
            .verify(request)
            .report()
            .checks();

    assertThat(checks).isNotEmpty();
    for (Check check : checks) {
      assertThat(VerificationEngine.RULES)
          .as(check.name())
          .anyMatch(
              rule ->
                  check.name().equals(rule.name()) || check.name().startsWith(rule.name() + "."));
    }
  }
}
