package org.greenvalue.service.problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every error as an RFC 9457 problem document: the exception handler for Spring MVC and the error
 * controller for what fails outside it. Runs before Spring Boot's own, which then step aside.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
public class ProblemAutoConfiguration {

  @Bean
  ProblemHandler problemHandler(ObjectProvider<ProblemTranslator> translators) {
    return new ProblemHandler(translators.orderedStream().toList());
  }

  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }
}
