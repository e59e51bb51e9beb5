package it.callcenter.agenda;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The small rules of the agenda's drafts: amounts in euro, the meeting place from an address, months ahead. */
class AgendaRulesTest {

    @Test
    void anAmountIsNotNegativeWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("1200.00"), ContractBook.amount(new Violations(), new BigDecimal("1200")));
        assertEquals(new BigDecimal("19.90"), ContractBook.amount(new Violations(), new BigDecimal("19.900")));
        assertEquals(new BigDecimal("0.00"), ContractBook.amount(new Violations(), BigDecimal.ZERO));
        for (String wrong : new String[] {"-1", "10.005", "10000000000"}) {
            Violations violations = new Violations();
            assertNull(ContractBook.amount(violations, new BigDecimal(wrong)), wrong);
            BusinessException refused = assertThrows(BusinessException.class, violations::throwIfAny);
            assertEquals("contract.value", refused.field());
            assertEquals("INVALID_AMOUNT", refused.code());
        }
    }

    @Test
    void thePlaceIsTheAddressOnOneLine() {
        assertEquals("Via Roma 1, 20121 Milano (MI)", AgendaParties.place("Via Roma 1", "20121", "Milano", "MI"));
        assertEquals("20121 Milano (MI)", AgendaParties.place(null, "20121", "Milano", "MI"));
        assertEquals("Via Roma 1", AgendaParties.place("Via Roma 1", null, null, null));
        assertNull(AgendaParties.place(" ", null, null, null));
    }

    @Test
    void callBackInNineMonthsIsDueNineMonthsFromToday() {
        ActivityDraft draft = ActivityDraft.inMonths("Richiamare per il rinnovo", 9, "operator1", LocalDate.of(2026, 5, 31));
        assertEquals(LocalDate.of(2027, 2, 28), draft.dueOn());
        assertNull(draft.dueTime());
    }

    @Test
    void severalWrongFieldsAreReportedTogether() {
        Violations violations = new Violations();
        violations.text("contract.product", " ", 120, true);
        violations.text("contract.notes", "x".repeat(2001), 2000, false);
        BusinessException refused = assertThrows(BusinessException.class, violations::throwIfAny);
        assertEquals(2, refused.violations().size());
        assertEquals("REQUIRED", refused.violations().get(0).code());
        assertEquals("TOO_LONG", refused.violations().get(1).code());
    }
}
