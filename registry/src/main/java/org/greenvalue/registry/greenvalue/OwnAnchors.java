package org.greenvalue.registry.greenvalue;

import org.greenvalue.registry.anchoring.AnchorReceipts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A mint request without a receipt uses the registry's own: the reduction credential's digest must
 * have been submitted to {@code POST /anchors} and anchored.
 */
@Configuration(proxyBeanMethods = false)
class OwnAnchors {

  @Bean
  @ConditionalOnMissingBean(ReceiptSource.class)
  ReceiptSource ownAnchorReceipts(AnchorReceipts receipts) {
    return receipts::receiptOf;
  }
}
