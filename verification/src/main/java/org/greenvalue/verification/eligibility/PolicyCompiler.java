package org.greenvalue.verification.eligibility;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenvalue.common.Result;

/**
 * Compiles policies: parses and type-checks each rule against the fact variables and the decimal
 * functions, demands a bool result, and plans a program. A policy that does not compile is refused
 * with the compiler's messages, rule by rule. Build once; thread-safe.
 */
public final class PolicyCompiler {

  private final CelCompiler compiler;
  private final CelRuntime runtime;

  public PolicyCompiler() {
    var builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS);
    for (Map.Entry<String, dev.cel.common.types.CelType> variable :
        FactBindings.VARIABLES.entrySet()) {
      builder.addVar(variable.getKey(), variable.getValue());
    }
    this.compiler = builder.addFunctionDeclarations(DecimalFunctions.declarations()).build();
    this.runtime =
        CelRuntimeFactory.standardCelRuntimeBuilder()
            .addFunctionBindings(DecimalFunctions.bindings())
            .build();
  }

  /** The fact variables a rule may use, with their CEL types. */
  public static Map<String, String> variables() {
    var out = new java.util.LinkedHashMap<String, String>();
    FactBindings.VARIABLES.forEach((name, type) -> out.put(name, type.name()));
    return out;
  }

  public Result<CompiledPolicy> compile(Policy policy) {
    List<String> problems = new ArrayList<>(policy.formProblems());
    if (!problems.isEmpty()) {
      return Result.failure(String.join("; ", problems));
    }
    var programs = new ArrayList<CelRuntime.Program>();
    for (Policy.Rule rule : policy.rules()) {
      CelValidationResult compiled = compiler.compile(rule.expression());
      if (compiled.hasError()) {
        problems.add("rule " + rule.id() + ": " + compiled.getErrorString());
        continue;
      }
      try {
        CelAbstractSyntaxTree ast = compiled.getAst();
        if (!ast.getResultType().equals(SimpleType.BOOL)) {
          problems.add(
              "rule "
                  + rule.id()
                  + ": must be a bool expression, not "
                  + ast.getResultType().name());
          continue;
        }
        programs.add(runtime.createProgram(ast));
      } catch (CelValidationException | CelEvaluationException e) {
        problems.add("rule " + rule.id() + ": " + e.getMessage());
      }
    }
    return problems.isEmpty()
        ? Result.success(new CompiledPolicy(policy, programs))
        : Result.failure(String.join("\n", problems));
  }
}
