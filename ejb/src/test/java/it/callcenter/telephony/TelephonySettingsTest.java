package it.callcenter.telephony;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelephonySettingsTest {

    @Test
    void withoutAHostThereIsNoPbx() {
        assertFalse(TelephonySettings.of(new Properties()).configured());
    }

    @Test
    void theSettingsAndTheirDefaults() {
        Properties p = new Properties();
        p.setProperty("callcenter.ami.host", "pbx.example");
        p.setProperty("callcenter.ami.secret", "s3cret");
        p.setProperty("callcenter.ami.originate-timeout", "20");
        TelephonySettings settings = TelephonySettings.of(p);
        assertTrue(settings.configured());
        assertEquals(5038, settings.port());
        assertEquals("callcenter", settings.username());
        assertEquals("PJSIP/201", settings.operatorChannels().of("201"));
        assertEquals("customers", settings.context());
        assertEquals("agents", settings.operatorContext());
        assertEquals("operators", settings.queue());
        assertEquals(Duration.ofSeconds(20), settings.originateTimeout());
        assertEquals("3381234567", settings.dialRules().dial("+393381234567"));
        assertFalse(settings.toString().contains("s3cret"), "the secret stays out of the logs");
    }
}
