package org.greenvalue.ledger.tx;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.Role;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Turns revert data ({@code 0x} + selector + ABI-encoded arguments) into a {@link ContractError}.
 */
public final class RevertDecoder {
  private static final List<ErrorSignature> COMMON =
      List.of(
          ErrorSignature.of(
              "AccessControlUnauthorizedAccount",
              a -> missingRole(a.text(0), a.bytes32(1)),
              Address.class,
              org.web3j.abi.datatypes.generated.Bytes32.class),
          ErrorSignature.of("Error", a -> new CommonError.Reason(a.text(0)), Utf8String.class),
          ErrorSignature.of("Panic", a -> new CommonError.Panic(a.uint(0)), Uint256.class));

  private final Map<String, ErrorSignature> bySelector = new HashMap<>();

  /** A decoder for the common errors plus the given feature errors. */
  public RevertDecoder(Collection<ErrorSignature> featureErrors) {
    COMMON.forEach(this::register);
    featureErrors.forEach(this::register);
  }

  private void register(ErrorSignature error) {
    if (bySelector.putIfAbsent(error.selector(), error) != null) {
      throw new IllegalArgumentException("two errors share selector " + error.selector());
    }
  }

  /**
   * The decoded error (quotes around the hex are tolerated); {@link CommonError.Unrecognized} for
   * unknown or malformed data.
   */
  public ContractError decode(String revertData) {
    String data = unquote(revertData).toLowerCase(Locale.ROOT);
    if (data.length() < 10 || !data.startsWith("0x")) {
      return new CommonError.Unrecognized(data);
    }
    ErrorSignature error = bySelector.get(data.substring(0, 10));
    if (error == null) {
      return new CommonError.Unrecognized(data);
    }
    try {
      return error.decode(data);
    } catch (RuntimeException malformed) {
      return new CommonError.Unrecognized(data);
    }
  }

  /** Revert data as a node puts it in a JSON-RPC error: a hex string, sometimes still quoted. */
  static String unquote(String raw) {
    String data = raw == null ? "" : raw.strip();
    if (data.length() >= 2 && data.startsWith("\"") && data.endsWith("\"")) {
      data = data.substring(1, data.length() - 1);
    }
    return data;
  }

  private static ContractError missingRole(String account, Bytes32 role) {
    Optional<Role> known = Role.ofHash(role);
    return new CommonError.MissingRole(account, role, known);
  }
}
