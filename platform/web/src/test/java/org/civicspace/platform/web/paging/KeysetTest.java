package org.civicspace.platform.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.domain.Refused;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private static final Keyset LATEST_PERIOD_FIRST = Keyset.of(Keyset.descending("periodEnding", LocalDate::parse),
            Keyset.descending("submittedAt", Instant::parse), Keyset.ascending("id", UUID::fromString));

    @Test
    void ordersByEveryKeyInItsDirection() {
        assertThat(LATEST_PERIOD_FIRST.orderBy()).isEqualTo("periodEnding desc, submittedAt desc, id");
    }

    @Test
    void readsOnAfterTheRowACursorWasMadeOf() {
        LocalDate period = LocalDate.of(2026, 12, 31);
        Instant submitted = Instant.parse("2027-01-15T09:30:00.123456Z");
        UUID id = UUID.randomUUID();
        Map<String, Object> parameters = new HashMap<>();

        String condition = LATEST_PERIOD_FIRST.after(LATEST_PERIOD_FIRST.cursorOf(period, submitted, id).encode(),
                parameters).orElseThrow();

        assertThat(condition).isEqualTo("(periodEnding < :after0 or (periodEnding = :after0 and "
                + "(submittedAt < :after1 or (submittedAt = :after1 and (id > :after2)))))");
        assertThat(parameters).containsExactlyInAnyOrderEntriesOf(
                Map.of("after0", period, "after1", submitted, "after2", id));
    }

    @Test
    void addsNothingOnTheFirstPage() {
        Map<String, Object> parameters = new HashMap<>();
        assertThat(LATEST_PERIOD_FIRST.after(null, parameters)).isEmpty();
        assertThat(LATEST_PERIOD_FIRST.after("", parameters)).isEmpty();
        assertThat(parameters).isEmpty();
    }

    @Test
    void refusesACursorOfAnotherShapeOrWithKeysThatDoNotReadBack() {
        Keyset oldestFirst = Keyset.of(Keyset.ascending("id", Long::valueOf));
        String ofAnotherList = Cursor.after("2026-12-31", UUID.randomUUID().toString()).encode();
        String notANumber = Cursor.after("seven").encode();

        for (String cursor : new String[] { ofAnotherList, notANumber, "bm90LWEtY3Vyc29y" }) {
            assertThatThrownBy(() -> oldestFirst.after(cursor, new HashMap<>())).isInstanceOf(Refused.class)
                    .extracting(e -> ((Refused) e).refusal())
                    .isEqualTo(new Refusal.Invalid("cursor", "is not a cursor this list issued"));
        }
        assertThat(oldestFirst.after(Cursor.after("7").encode(), new HashMap<>())).contains("(id > :after0)");
    }
}
