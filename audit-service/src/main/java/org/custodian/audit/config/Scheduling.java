package org.custodian.audit.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Checkpoints are made on a schedule as well as by entry count. */
@Configuration
@EnableScheduling
class Scheduling {
}
