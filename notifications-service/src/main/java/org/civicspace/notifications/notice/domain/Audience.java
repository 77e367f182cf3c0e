package org.civicspace.notifications.notice.domain;

import java.util.UUID;

/**
 * Who a notice is for: one person (their Keycloak subject), everyone who represents an organisation (the
 * {@code org_id} claim), or everyone who holds a role whose need-to-know covers the matter.
 */
public sealed interface Audience {

    /** The stored kind of audience: {@code person}, {@code organization}, {@code role} or {@code address}. */
    String type();

    /** The stored key: the subject, the organisation id or the role name. */
    String key();

    /** The audience stored as {@code type} and {@code key}. */
    static Audience of(String type, String key) {
        return switch (type) {
            case "person" -> new Person(key);
            case "organization" -> new Organization(UUID.fromString(key));
            case "role" -> new RoleHolders(key);
            case "address" -> new Address(key);
            default -> throw new IllegalArgumentException("no audience type " + type);
        };
    }

    /** One person, by the subject their tokens carry. */
    record Person(String subject) implements Audience {

        public Person {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("a person is named by a subject");
            }
        }

        @Override
        public String type() {
            return "person";
        }

        @Override
        public String key() {
            return subject;
        }
    }

    /** Every user whose {@code org_id} claim names the organisation. */
    record Organization(UUID organizationId) implements Audience {

        public Organization {
            if (organizationId == null) {
                throw new IllegalArgumentException("an organisation is named by its id");
            }
        }

        @Override
        public String type() {
            return "organization";
        }

        @Override
        public String key() {
            return organizationId.toString();
        }
    }

    /** Every holder of a realm role. */
    record RoleHolders(String role) implements Audience {

        @Override
        public String type() {
            return "role";
        }

        @Override
        public String key() {
            return role;
        }
    }

    /** An e-mail address someone gave us to be told at (a webhook subscription's contact); e-mail only, no inbox. */
    record Address(String email) implements Audience {

        public Address {
            if (email == null || !email.contains("@")) {
                throw new IllegalArgumentException("an address audience is an e-mail address");
            }
        }

        @Override
        public String type() {
            return "address";
        }

        @Override
        public String key() {
            return email;
        }
    }
}
