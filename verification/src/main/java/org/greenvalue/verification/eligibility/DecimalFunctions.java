package org.greenvalue.verification.eligibility;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Exact decimal comparison for policies, since CEL has no decimal type and quantities are never
 * floating point here: facts carry decimals as strings ({@code "150.000"}) and rules compare them
 * with {@code atLeast(reduction, "100")}, {@code atMost(a, b)} or {@code decimalCompare(a, b)} (−1,
 * 0 or 1). A string that is not a decimal makes the rule fail with that reason.
 */
final class DecimalFunctions {

  private DecimalFunctions() {}

  static List<CelFunctionDecl> declarations() {
    return List.of(
        CelFunctionDecl.newFunctionDeclaration(
            "atLeast",
            CelOverloadDecl.newGlobalOverload(
                "atLeast_string_string", SimpleType.BOOL, SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "atMost",
            CelOverloadDecl.newGlobalOverload(
                "atMost_string_string", SimpleType.BOOL, SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "decimalCompare",
            CelOverloadDecl.newGlobalOverload(
                "decimalCompare_string_string",
                SimpleType.INT,
                SimpleType.STRING,
                SimpleType.STRING)));
  }

  static List<CelFunctionBinding> bindings() {
    return List.of(
        CelFunctionBinding.from(
            "atLeast_string_string", String.class, String.class, (a, b) -> compare(a, b) >= 0),
        CelFunctionBinding.from(
            "atMost_string_string", String.class, String.class, (a, b) -> compare(a, b) <= 0),
        CelFunctionBinding.from(
            "decimalCompare_string_string",
            String.class,
            String.class,
            (a, b) -> (long) compare(a, b)));
  }

  private static int compare(String a, String b) throws CelEvaluationException {
    return decimal(a).compareTo(decimal(b));
  }

  private static BigDecimal decimal(String text) throws CelEvaluationException {
    if (text.length() > 100) {
      throw new CelEvaluationException("not a decimal: longer than 100 characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new CelEvaluationException("not a decimal: '" + text + "' (the fact is absent?)");
    }
  }
}
