package it.callcenter.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Large bodies only where a file is expected: a multipart post to a screen that has an upload. */
class ScreenRequestLimitsTest {

    @Test
    void theScreensWithAnUploadTakeLargeMultipartPostsOnly() {
        for (String screen : new String[] {"/importing/import.xhtml", "/compliance/rpo.xhtml", "/registry/party.xhtml"}) {
            assertTrue(ScreenRequestLimits.isFileUpload(screen, "multipart/form-data; boundary=----x"), screen);
            assertTrue(ScreenRequestLimits.isFileUpload(screen, "Multipart/Form-Data; boundary=----x"), screen);
            assertFalse(ScreenRequestLimits.isFileUpload(screen, "application/x-www-form-urlencoded"), screen);
            assertFalse(ScreenRequestLimits.isFileUpload(screen, null), screen);
        }
        assertFalse(ScreenRequestLimits.isFileUpload("/registry/archive.xhtml", "multipart/form-data; boundary=----x"));
        assertFalse(ScreenRequestLimits.isFileUpload("/login.xhtml", "multipart/form-data; boundary=----x"));
        assertEquals(1_048_576, ScreenRequestLimits.MAX_BODY);
    }
}
