package org.greenvalue.service.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Idempotency} over the {@code idempotency_keys} table, which the kit's Flyway migration in
 * {@code classpath:db/kit} creates (add it to {@code spring.flyway.locations}).
 */
@AutoConfiguration(
    after = {
      JdbcClientAutoConfiguration.class,
      TransactionAutoConfiguration.class,
      JacksonAutoConfiguration.class
    })
public class IdempotencyAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Idempotency idempotency(
      JdbcClient jdbc, TransactionTemplate transaction, ObjectMapper json, Clock clock) {
    return new Idempotency(new IdempotencyRepository(jdbc), transaction, json, clock);
  }
}
