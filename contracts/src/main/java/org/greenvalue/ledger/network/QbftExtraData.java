package org.greenvalue.ledger.network;

import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * The {@code extraData} of a QBFT genesis block: {@code RLP([32-byte vanity, [validator addresses],
 * [] (no vote), 0 (round), [] (no seals)])}, as Besu's QBFT extra-data codec reads it.
 */
public final class QbftExtraData {
  private static final int VANITY_LENGTH = 32;
  private static final int ADDRESS_LENGTH = 20;

  private QbftExtraData() {}

  /** Encodes the validators (each {@code 0x} and 40 hex digits) as {@code 0x}-prefixed hex. */
  public static String encode(List<String> validators) {
    List<RlpType> addresses = new ArrayList<>();
    for (String validator : validators) {
      byte[] address = Numeric.hexStringToByteArray(validator);
      if (address.length != ADDRESS_LENGTH) {
        throw new IllegalArgumentException("not a 20-byte address: " + validator);
      }
      addresses.add(RlpString.create(address));
    }
    RlpList extraData =
        new RlpList(
            RlpString.create(new byte[VANITY_LENGTH]),
            new RlpList(addresses),
            new RlpList(),
            RlpString.create(new byte[0]),
            new RlpList());
    return Numeric.toHexString(RlpEncoder.encode(extraData));
  }

  /**
   * The validator addresses in {@code extraData}, lowercase with {@code 0x}.
   *
   * @throws IllegalArgumentException when it is not the QBFT genesis layout
   */
  public static List<String> decodeValidators(String extraData) {
    RlpList outer;
    try {
      outer = RlpDecoder.decode(Numeric.hexStringToByteArray(extraData));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("extraData is not RLP: " + e.getMessage(), e);
    }
    if (outer.getValues().size() != 1 || !(outer.getValues().get(0) instanceof RlpList fields)) {
      throw new IllegalArgumentException("extraData is not one RLP list");
    }
    List<RlpType> values = fields.getValues();
    if (values.size() != 5
        || !(values.get(0) instanceof RlpString vanity)
        || vanity.getBytes().length != VANITY_LENGTH
        || !(values.get(1) instanceof RlpList validators)) {
      throw new IllegalArgumentException(
          "extraData is not [vanity, validators, vote, round, seals]");
    }
    List<String> addresses = new ArrayList<>();
    for (RlpType validator : validators.getValues()) {
      if (!(validator instanceof RlpString address)
          || address.getBytes().length != ADDRESS_LENGTH) {
        throw new IllegalArgumentException("a validator is not a 20-byte address");
      }
      addresses.add(Numeric.toHexString(address.getBytes()));
    }
    return addresses;
  }
}
