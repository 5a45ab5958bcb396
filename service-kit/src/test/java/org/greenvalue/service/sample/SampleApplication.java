package org.greenvalue.service.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the kit, for the kit's own tests. */
@SpringBootApplication
public class SampleApplication {}
