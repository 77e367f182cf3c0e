package org.civicspace.e2e.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicspace.e2e.SharedStack;
import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The partner contract, checked on the running stack: the gateway serves exactly the checked-in document (so the
 * client generated from it at build time is the client a partner generates today), that document gives a generator
 * what it needs ({@link ContractRules}), and a partner's journey runs through the generated client unchanged
 * ({@link PartnerJourney}).
 */
@ExtendWith(SharedStack.class)
class ContractIT {

    private static JsonNode served;

    @BeforeAll
    static void readWhatTheGatewayServes(LocalStack stack) {
        served = Contract.parse(given().baseUri(stack.url("gateway")).get("/api/v1/openapi.json").then()
                .statusCode(200).extract().asString());
        assertThat(served.has("x-unavailable-services")).as("every service's part of the document").isFalse();
    }

    @Test
    void theGatewayServesTheCheckedInContract() {
        Contract.Changes changes = Contract.compare(served);
        if (changes.none()) {
            return;
        }
        List<String> unnamed = Contract.unnamed(changes.breaking());
        if (Boolean.getBoolean("contract.accept") && unnamed.isEmpty()) {
            Contract.accept(served);
            return;
        }
        throw new AssertionError("The gateway serves a document other than docs/api/openapi.json.\n"
                + "Breaking: " + changes.breaking() + "\nCompatible: " + changes.compatible() + "\n"
                + (unnamed.isEmpty() ? "" : "Not named in docs/api/CHANGELOG.md: " + unnamed + "\n")
                + "If the change is meant, name each breaking change in the changelog and accept it with "
                + "./mvnw -pl e2e verify -Dit.test=ContractIT -Dcontract.accept=true");
    }

    @Test
    void aPartnerRunsTheJourneyWithTheGeneratedClientUnchanged(LocalStack stack) throws Exception {
        new PartnerJourney(new PartnerClients(stack)).run();
    }

    @Test
    void theContractGivesAGeneratedClientWhatItNeeds() {
        assertThat(new ContractRules(served).findings()).isEmpty();
    }
}
