package org.greenvalue.verifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The verifier service: VC-API verify, full reports, eligibility policies and the PACT client. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VerifierApplication {

  public static void main(String[] args) {
    SpringApplication.run(VerifierApplication.class, args);
  }
}
