package it.callcenter.telephony;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlTest {

    @Test
    void aNameUsedTwiceIsOneParameter() {
        assertEquals("UPDATE call SET a = ?1 WHERE b = ?2 AND c = ?1",
                Sql.of("UPDATE call SET a = :x WHERE b = :y AND c = :x").text());
    }

    @Test
    void everyStatementOfTheCallsHasItsParametersNamedOnce() {
        for (String statement : new String[] {CallSql.TAGGED, CallSql.ORIGINATED, CallSql.ORIGINATE_FAILED,
                CallSql.RECORDING, CallSql.CUSTOMER_DIALLED, CallSql.INBOUND, CallSql.OPERATOR_LEG_FAILED,
                CallSql.ANSWERED, CallSql.DIAL_REFUSED, CallSql.BRIDGED, CallSql.HUNG_UP, CallSql.LATE_CAUSE, CallSql.LOST}) {
            String text = Sql.of(statement).text();
            assertTrue(!text.contains(":") || !text.matches("(?s).*:[a-zA-Z].*"), text);
        }
    }

    @Test
    void bindingAnUnknownNameIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Sql.of("SELECT :a").bind("b", 1));
    }
}
