package org.civicspace.reprisals.casefile.application;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.civicspace.reprisals.casefile.domain.VictimIdentity;
import org.civicspace.reprisals.casefile.persistence.CaseEntity;
import org.civicspace.reprisals.crypto.application.Envelopes;
import org.civicspace.reprisals.crypto.domain.DataKey;

/**
 * Seals and opens the identifying records of a case with its data key. Inside a sealed record an enum value is
 * spelled by its constant's name ({@code PARTLY_RELIABLE}), as the database keeps it, and not by its wire code: the
 * records sealed before the API spelled values in kebab case open unchanged, a replica of either version reads what
 * the other sealed, and no change of the wire spelling can ever need re-encryption, which SQL cannot do.
 */
@ApplicationScoped
public class CaseVault {

    private final Envelopes envelopes;
    private final ObjectMapper json;

    public CaseVault(Envelopes envelopes, ObjectMapper json) {
        this.envelopes = envelopes;
        this.json = json.copy().registerModule(constantNames());
    }

    /** Gives a new case its own data key, wrapped under the active master key. */
    public DataKey newKeyFor(CaseEntity caseEntity) {
        DataKey key = envelopes.newDataKey(caseEntity.id);
        caseEntity.dataKeyId = key.wrapped().keyId();
        caseEntity.wrappedDataKey = key.wrapped().wrapped();
        return key;
    }

    /** The data key of a case; empty once it was crypto-shredded. */
    public Optional<DataKey> keyOf(CaseEntity caseEntity) {
        return caseEntity.wrappedKey().map(wrapped -> envelopes.unwrap(caseEntity.id, wrapped));
    }

    public byte[] seal(DataKey key, UUID recordId, Object value) {
        try {
            return envelopes.seal(key, recordId, json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a sealed record of case " + key.caseId());
        }
    }

    public <T> T open(DataKey key, UUID recordId, byte[] sealed, Class<T> type) {
        try {
            return json.readValue(envelopes.open(key, recordId, sealed), type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a sealed record of case " + key.caseId());
        }
    }

    /** Writes and reads every enum by its constant's name, whatever its {@code @JsonValue} says. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static SimpleModule constantNames() {
        SimpleModule module = new SimpleModule("sealed-records-by-constant-name");
        module.addSerializer(Enum.class, new StdSerializer<Enum>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.name());
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<? extends Enum> enumType = (Class<? extends Enum>) type.getRawClass();
                return new StdScalarDeserializer<Enum>(enumType) {
                    @Override
                    public Enum deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String name = parser.getValueAsString();
                        try {
                            return Enum.valueOf(enumType, name);
                        } catch (IllegalArgumentException | NullPointerException e) {
                            return (Enum) context.handleWeirdStringValue(enumType, name, "not a constant's name");
                        }
                    }
                };
            }
        });
        return module;
    }
}
