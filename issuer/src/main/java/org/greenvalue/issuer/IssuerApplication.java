package org.greenvalue.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The issuer service: organisations and their keys, evidence packs, PCF, ΔCO2 and assurance
 * credentials (typed endpoints and VC-API), and the PACT v3 host API. The registry keeps status
 * lists, trust and anchors; the issuer talks to it over HTTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IssuerApplication {

  public static void main(String[] args) {
    SpringApplication.run(IssuerApplication.class, args);
  }
}
