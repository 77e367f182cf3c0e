package org.civicspace.platform.web.json;

import jakarta.persistence.AttributeConverter;

/**
 * An enum kept in a text column as its wire code ({@link WireCodes}; {@code under-review}, {@code new-york}), for a
 * service whose columns have always held those codes. JPA wants a converter class per type: a service declares one
 * subclass per enum, {@code class TrackColumn extends WireCodeColumn<Track>}, beside its entities.
 */
public abstract class WireCodeColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireCodeColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : WireCodes.of(value);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : WireCodes.parse(type, code);
    }
}
