package org.greenvalue.registry.greenvalue;

import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;

/**
 * Where an anchor receipt comes from when a mint request brings none: the registry's own anchors
 * ({@code POST /anchors}). Returns the receipt as AnchorReceiptJson text.
 */
public interface ReceiptSource {
  Optional<String> receiptFor(Sha256Digest digest);
}
