package org.civicspace.registry.organization.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public identifier in the org-id.guide style, {@code {registration-agency}-{number}} such as
 * {@code GB-CHC-1234567}: the agency (a country or {@code XI}/{@code XM} prefix and a list code) and the number
 * kept apart. Organisations without a registration get one in our own list, {@code XM-CIVICSPACE}.
 */
public record OrganizationIdentifier(String agency, String number) {

    /** Our own registration list, for organisations that have no registration elsewhere. */
    public static final String FALLBACK_AGENCY = "XM-CIVICSPACE";

    private static final Pattern AGENCY = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,16}");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,49}");
    private static final Pattern WHOLE = Pattern.compile("([A-Z]{2}-[A-Z0-9]{2,16})-(.+)");

    public OrganizationIdentifier {
        if (agency == null || !AGENCY.matcher(agency).matches()) {
            throw new IllegalArgumentException("agency must look like GB-CHC");
        }
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("number must be 1 to 50 letters, digits or ./_-");
        }
    }

    public static boolean isValidAgency(String agency) {
        return agency != null && AGENCY.matcher(agency).matches();
    }

    public static boolean isValidNumber(String number) {
        return number != null && NUMBER.matcher(number).matches();
    }

    /** Our own identifier for the {@code sequence}-th organisation without a registration. */
    public static OrganizationIdentifier fallback(long sequence) {
        return new OrganizationIdentifier(FALLBACK_AGENCY, String.format("%06d", sequence));
    }

    /** Reads {@code GB-CHC-1234567}; empty when it is not an identifier. */
    public static Optional<OrganizationIdentifier> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = WHOLE.matcher(text);
        if (!matcher.matches() || !isValidNumber(matcher.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new OrganizationIdentifier(matcher.group(1), matcher.group(2)));
    }

    @Override
    public String toString() {
        return agency + "-" + number;
    }
}
