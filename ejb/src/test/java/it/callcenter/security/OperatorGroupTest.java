package it.callcenter.security;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A group's own rules: a name that is there and not too long; members kept once each, in order. */
class OperatorGroupTest {

    @Test
    void keepsTheNameStrippedAndEachMemberOnce() {
        OperatorGroup group = new OperatorGroup("  Squadra Nord ", List.of("operator2", "operator1", "operator2"));
        assertEquals("Squadra Nord", group.getName());
        assertEquals(List.of("operator1", "operator2"), List.copyOf(group.getMembers()));
        group.replaceMembers(List.of("operator3"));
        assertEquals(List.of("operator3"), List.copyOf(group.getMembers()));
    }

    @Test
    void refusesABlankOrLongName() {
        assertEquals("REQUIRED", assertThrows(BusinessException.class, () -> new OperatorGroup(" ", List.of())).code());
        assertEquals("TOO_LONG", assertThrows(BusinessException.class,
                () -> new OperatorGroup("x".repeat(OperatorGroup.NAME_MAX + 1), List.of())).code());
    }
}
