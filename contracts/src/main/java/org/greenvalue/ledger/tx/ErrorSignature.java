package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.ContractError;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.crypto.Hash;

/**
 * A Solidity custom error: its name and parameter types (which give the 4-byte selector) and how to
 * turn its decoded arguments into our typed {@link ContractError}.
 */
public final class ErrorSignature {
  private final String signature;
  private final String selector;
  private final List<TypeReference<Type>> parameters;
  private final Function<Args, ContractError> factory;

  private ErrorSignature(
      String signature,
      List<TypeReference<Type>> parameters,
      Function<Args, ContractError> factory) {
    this.parameters = parameters;
    this.factory = factory;
    this.signature = signature;
    this.selector = Hash.sha3String(signature).substring(0, 10);
  }

  /** An error with the given parameter types, e.g. {@code of("Foo", f, Uint256.class)}. */
  @SafeVarargs
  @SuppressWarnings("unchecked")
  public static ErrorSignature of(
      String name, Function<Args, ContractError> factory, Class<? extends Type>... types) {
    List<TypeReference<Type>> parameters =
        Arrays.stream(types).map(t -> (TypeReference<Type>) TypeReference.create(t)).toList();
    String signature =
        name
            + Arrays.stream(types)
                .map(ErrorSignature::solidityName)
                .collect(Collectors.joining(",", "(", ")"));
    return new ErrorSignature(signature, parameters, factory);
  }

  /** The Solidity name of a web3j ABI type: {@code Uint256} is {@code uint256}. */
  static String solidityName(Class<? extends Type> type) {
    return type == Utf8String.class ? "string" : type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** The canonical signature, e.g. {@code InsufficientQuantity(uint256,uint256)}. */
  public String signature() {
    return signature;
  }

  /** {@code 0x} and the first four bytes of the signature's Keccak-256 hash. */
  public String selector() {
    return selector;
  }

  ContractError decode(String revertData) {
    List<Type> values = FunctionReturnDecoder.decode(revertData.substring(10), parameters);
    return factory.apply(new Args(values));
  }

  /** Decoded arguments of an error, read by position. */
  public record Args(List<Type> values) {
    public Bytes32 bytes32(int index) {
      return new Bytes32((byte[]) values.get(index).getValue());
    }

    public BigInteger uint(int index) {
      return (BigInteger) values.get(index).getValue();
    }

    public String text(int index) {
      return (String) values.get(index).getValue();
    }
  }
}
