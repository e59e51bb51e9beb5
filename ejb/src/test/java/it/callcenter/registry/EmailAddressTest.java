package it.callcenter.registry;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailAddressTest {

    private static void assertRefused(String input, String code) {
        BusinessException e = assertThrows(BusinessException.class, () -> EmailAddress.of(input));
        assertEquals("email", e.field());
        assertEquals(code, e.code());
    }

    @Test
    void trimsAndLowerCasesTheDomainOnly() {
        EmailAddress address = EmailAddress.of("  Mario.Rossi@Example.IT \t");
        assertEquals("Mario.Rossi@example.it", address.value());
        assertEquals("Mario.Rossi@example.it", address.toString());
        assertEquals("Mario.Rossi", address.localPart());
        assertEquals("example.it", address.domain());
        assertEquals(EmailAddress.of("Mario.Rossi@example.it"), address);
        assertEquals(EmailAddress.of("Mario.Rossi@EXAMPLE.it").hashCode(), address.hashCode());
        assertNotEquals(EmailAddress.of("mario.rossi@example.it"), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mario@example.it",
        "mario.rossi@example.it",
        "mario+newsletter@mail.example.com",
        "m@e.it",
        "o'brien@example.ie",
        "info@call-center.it",
        "user_name-1@sub.domain.example.co.uk",
        "!#$%&'*+/=?^_`{|}~-@example.org",
        "123@456.example.museum",
        "mario@xn--bcher-kva.example"
    })
    void acceptsPracticalAddresses(String input) {
        assertEquals(input, EmailAddress.of(input).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void requiresAValue(String blank) {
        assertRefused(blank, "REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mario",
        "mario@",
        "@example.it",
        "mario@@example.it",
        "ma@rio@example.it",
        "mario..rossi@example.it",
        ".mario@example.it",
        "mario.@example.it",
        "mario rossi@example.it",
        "mario@exa mple.it",
        "mario@example",
        "mario@.it",
        "mario@example.",
        "mario@example..it",
        "mario@example.i",
        "mario@example.123",
        "mario@example.i7",
        "mario@-example.it",
        "mario@example-.it",
        "mario@exa_mple.it",
        "\"mario\"@example.it",
        "mario(rossi)@example.it",
        "mario,rossi@example.it",
        "màrio@example.it",
        "mario@exämple.it",
        "mario@[192.168.0.1]",
        "<mario@example.it>",
        "Mario Rossi <mario@example.it>"
    })
    void refusesWhatIsNotAnAddress(String input) {
        assertRefused(input, "INVALID_FORMAT");
    }

    @Test
    void limitsTheLengths() {
        String local64 = "a".repeat(64);
        assertEquals(local64 + "@example.it", EmailAddress.of(local64 + "@example.it").value());
        assertRefused("a" + local64 + "@example.it", "INVALID_FORMAT");

        String label63 = "d".repeat(63);
        assertEquals("m@" + label63 + ".it", EmailAddress.of("m@" + label63 + ".it").value());
        assertRefused("m@d" + label63 + ".it", "INVALID_FORMAT");

        // 64 + 1 + 63 + 1 + 63 + 1 + 58 + 3 = 254 characters
        String longest = local64 + "@" + label63 + "." + label63 + "." + "d".repeat(58) + ".it";
        assertEquals(254, longest.length());
        assertEquals(longest, EmailAddress.of(longest).value());
        String tooLong = local64 + "@" + label63 + "." + label63 + "." + "d".repeat(59) + ".it";
        assertRefused(tooLong, "INVALID_FORMAT");
        assertRefused("  " + tooLong + "  ", "INVALID_FORMAT");
        assertEquals(longest, EmailAddress.of("  " + longest + "  ").value());
    }

    @Test
    void namesTheFieldTheCallerGives() {
        BusinessException invalid = assertThrows(BusinessException.class, () -> EmailAddress.of("nope", "pec"));
        assertEquals("pec", invalid.field());
        assertEquals("INVALID_FORMAT", invalid.code());
        BusinessException missing = assertThrows(BusinessException.class, () -> EmailAddress.of(null, "pec"));
        assertEquals("pec", missing.field());
        assertEquals("REQUIRED", missing.code());
    }
}
