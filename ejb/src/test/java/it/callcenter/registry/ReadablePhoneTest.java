package it.callcenter.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReadablePhoneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+393205202927  | +39 320 520 2927",
        "+39333123456   | +39 333 123 456",
        "+390612345678  | +39 06 1234 5678",
        "+39061234567   | +39 06 123 4567",
        "+390212345678  | +39 02 1234 5678",
        "+390111234567  | +39 011 123 4567",
        "+39081123456   | +39 081 123 456",
        "+390331123456  | +39 0331 123 456",
        "+3903311234567 | +39 0331 123 4567",
        "+39012345      | +39 012345",
        "+41791234567   | +41 791 234 567",
        "+12125550123   | +1 212 555 0123",
        "+442079460958  | +44 207 946 0958",
        "+353871234567  | +353 871 234 567",
        "+4915123456789 | +49 151 2345 6789",
        "3331234567     | 3331234567",
        "not a number   | not a number",
    })
    void groupsAsPeopleReadIt(String stored, String shown) {
        assertEquals(shown, ReadablePhone.of(stored));
    }

    @org.junit.jupiter.api.Test
    void nothingStaysNothing() {
        assertNull(ReadablePhone.of(null));
        assertEquals("+39 320 520 2927", PhoneNumber.of("320 5202927").readable());
    }
}
