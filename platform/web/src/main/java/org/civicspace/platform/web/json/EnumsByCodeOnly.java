package org.civicspace.platform.web.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * An enum in a body is read by its wire code only ({@link WireCodes}): Jackson would otherwise take a number, or a
 * string of digits, as the position of a constant, so that {@code 1} reads as the second value of whatever list.
 */
@Singleton
public class EnumsByCodeOnly implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
