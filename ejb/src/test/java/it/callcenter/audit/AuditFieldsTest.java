package it.callcenter.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An audit item never holds the comma that separates the items. */
class AuditFieldsTest {

    @Test
    void aValueLosesItsCommasAndItsEdgeSpaces() {
        assertEquals("file=clienti  marzo.csv", AuditFields.of("file", " clienti, marzo.csv "));
        assertEquals("rows=12", AuditFields.of("rows", 12L));
        assertEquals("owner=", AuditFields.of("owner", (Object) null));
    }

    @Test
    void aListIsOneItemSeparatedBySpaces() {
        assertEquals("operators=operator1 operator2", AuditFields.of("operators", List.of("operator1", " operator2")));
        assertEquals("groups=", AuditFields.of("groups", List.of()));
    }
}
