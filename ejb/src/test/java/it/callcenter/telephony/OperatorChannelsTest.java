package it.callcenter.telephony;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OperatorChannelsTest {

    @Test
    void aPjsipPhone() {
        OperatorChannels phones = new OperatorChannels("PJSIP/{extension}");
        assertEquals("PJSIP/201", phones.of("201"));
        assertEquals(Optional.of("201"), phones.extensionOf("PJSIP/201-0000000a"));
        assertEquals(Optional.of("201"), phones.extensionOf("PJSIP/201"), "a queue interface");
        assertEquals(Optional.of("trunk"), phones.extensionOf("PJSIP/trunk-0000000b"),
                "a trunk looks like a phone to the pattern: only a user's extension makes it an operator's");
        assertEquals(Optional.empty(), phones.extensionOf("Local/201@agents-00000001;1"));
    }

    @Test
    void aPhoneReachedThroughTheDialplanHasTwoHalves() {
        OperatorChannels phones = new OperatorChannels("Local/{extension}@agents");
        assertEquals("Local/201@agents", phones.of("201"));
        assertEquals(Optional.of("201"), phones.extensionOf("Local/201@agents-00000001;1"));
        assertEquals(Optional.of("201"), phones.extensionOf("Local/201@agents-00000001;2"));
        assertEquals(Optional.empty(), phones.extensionOf("Local/3331234567@pstn-00000002;1"));
        assertEquals(Optional.empty(), phones.extensionOf(null));
    }

    @Test
    void bothHalvesAreOneLeg() {
        assertEquals("Local/201@agents-00000001", OperatorChannels.leg("Local/201@agents-00000001;2"));
        assertEquals("PJSIP/201-0000000a", OperatorChannels.leg("PJSIP/201-0000000a"));
    }

    @Test
    void aPatternWithoutTheExtensionOrAnExtensionWithSymbolsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OperatorChannels("PJSIP/201"));
        assertThrows(IllegalArgumentException.class, () -> new OperatorChannels("PJSIP/{extension}").of("201&PJSIP/666"));
    }
}
