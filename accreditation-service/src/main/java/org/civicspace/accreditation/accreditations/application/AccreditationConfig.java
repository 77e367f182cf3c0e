package org.civicspace.accreditation.accreditations.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the accreditation rules that are policy, not law. */
@ConfigMapping(prefix = "civicspace.accreditation")
public interface AccreditationConfig {

    /** Days after a quadrennial report's due date before the accreditation is suspended for want of it. */
    @WithDefault("90")
    int reportGraceDays();

    /** When the daily check for overdue reports runs (Quartz cron, the service's time zone); read by @Scheduled. */
    @WithDefault("0 15 2 * * ?")
    String reportCheckCron();
}
