package it.callcenter.compliance;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What an RPO job keeps in the database comes back the same on the node that runs it, and its result on the screen's. */
class RpoJobTest {

    @Test
    void theDateOfTheChecksComesBack() {
        String json = RpoJob.parameters(LocalDate.of(2026, 3, 2));
        assertEquals("2026-03-02", JsonbBuilder.create().fromJson(json, RpoJob.Parameters.class).checkedOn());
        assertNull(JsonbBuilder.create().fromJson(RpoJob.parameters(null), RpoJob.Parameters.class).checkedOn());
    }

    @Test
    void theResultComesBackWithItsRejections() {
        RpoResult result = new RpoResult(10, 3, 2, List.of(new RpoRejection(4, "RPO_BAD_NUMBER"), new RpoRejection(9, "RPO_BAD_DATE")));
        assertEquals(result, RpoResult.fromJson(JsonbBuilder.create().toJson(result)));
    }
}
