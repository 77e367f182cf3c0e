package org.civicspace.notifications.mail.application;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notices are worded and mail is relayed. SMTP itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "civicspace.notifications")
public interface MailSettings {

    /** The public address the links in notices start with (the gateway's), e.g. https://civicspace.un.org. */
    String webUrl();

    /** The language of the texts until each person chooses theirs; templates live under templates/mail/<language>. */
    @WithDefault("en")
    String defaultLanguage();

    /** How often the relay looks for due e-mail. */
    @WithDefault("5s")
    Duration relayInterval();

    /** The most e-mails one relay round takes. */
    @WithDefault("100")
    int relayBatchSize();

    /** The wait before the second attempt at an e-mail; it doubles before each later one. */
    @WithDefault("30s")
    Duration firstRetry();

    /** The longest wait between two attempts: the relay keeps trying at this pace, and never gives up. */
    @WithDefault("1h")
    Duration longestRetry();

    /** Where the relay reads people's e-mail addresses. */
    Directory directory();

    /** The Keycloak client this service reads users with (client credentials; realm-management view-users). */
    interface Directory {

        /** The client id. */
        @WithDefault("notifications-service")
        String clientId();

        /** The client's secret. */
        String clientSecret();

        /** How long one call to Keycloak may take. */
        @WithDefault("10s")
        Duration timeout();
    }
}
