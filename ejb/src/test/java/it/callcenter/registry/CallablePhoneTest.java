package it.callcenter.registry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The party's callable phone, the number a campaign fill calls it on, follows its contacts as they are saved. */
class CallablePhoneTest {

    private static Contact contact(ContactKind kind, String searchKey) {
        return new Contact(kind, searchKey, searchKey, null, false);
    }

    private static String callableAfter(Contact... contacts) {
        Party party = new Person("test");
        party.replaceContacts(List.of(contacts));
        return party.getCallablePhone();
    }

    @Test
    void aMobileComesBeforeAnEarlierPhone() {
        assertEquals("+393331111111", callableAfter(contact(ContactKind.PHONE, "+39061234567"),
                contact(ContactKind.FAX, "+39067654321"), contact(ContactKind.MOBILE, "+393331111111")));
    }

    @Test
    void theFirstOfSeveralByPosition() {
        assertEquals("+393332222222", callableAfter(contact(ContactKind.MOBILE, "+393332222222"),
                contact(ContactKind.MOBILE, "+393331111111")));
        assertEquals("+39069999999", callableAfter(contact(ContactKind.EMAIL, "a@example.com"),
                contact(ContactKind.PHONE, "+39069999999"), contact(ContactKind.PHONE, "+39061111111")));
    }

    @Test
    void noMobileAndNoPhoneIsNoneFaxesAreNotCalled() {
        assertNull(callableAfter(contact(ContactKind.FAX, "+39067654321"), contact(ContactKind.EMAIL, "a@example.com")));
        assertNull(callableAfter());
    }

    @Test
    void replacingTheContactsMovesIt() {
        Party party = new Person("test");
        party.replaceContacts(List.of(contact(ContactKind.MOBILE, "+393331111111")));
        party.replaceContacts(List.of(contact(ContactKind.PHONE, "+39061234567")));
        assertEquals("+39061234567", party.getCallablePhone());
        party.replaceContacts(List.of());
        assertNull(party.getCallablePhone());
    }
}
