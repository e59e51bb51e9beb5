package it.callcenter.web.api;

import it.callcenter.registry.leads.LeadForm;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pasted HTML form and what its post turns into, without a server. */
class PublicLeadsTest {

    @Test
    void theSnippetPostsToTheSourcesKeyWithAnOffScreenHoneypot() {
        String html = LeadFormSnippet.html("https://crm.example.it/callcenter/api/public/leads", "abc_DEF-123");
        assertTrue(html.startsWith("<form method=\"post\" action=\"https://crm.example.it/callcenter/api/public/leads?key=abc_DEF-123\""), html);
        assertTrue(html.contains("name=\"website\" value=\"\" tabindex=\"-1\""), html);
        assertTrue(html.contains("left:-10000px"), html);
        assertTrue(html.contains("<input type=\"checkbox\" name=\"marketing\" value=\"true\">"), html);
        assertTrue(html.contains("Ho letto l&#39;informativa"), "Italian, escaped: " + html);
        assertTrue(html.contains("<input type=\"checkbox\" name=\"privacy\" value=\"true\" required>"),
                "the acknowledgement the server requires, required in the browser too: " + html);
    }

    @Test
    void whatEndsUpInTheSnippetIsEscaped() {
        String html = LeadFormSnippet.html("https://x.example/\"><script>", "k&y");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&quot;&gt;&lt;script&gt;?key=k%26y"), html);
    }

    @Test
    void formFieldsBecomeALeadWithCheckboxesReadTheWayBrowsersSendThem() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("firstName", "Lucia");
        fields.putSingle("mobile", "333 1234567");
        fields.putSingle("marketing", "on");
        fields.putSingle("profiling", "no");
        fields.putSingle("website", "");
        fields.putSingle("privacy", "true");
        LeadForm form = PublicLeadsResource.form(fields);
        assertEquals("Lucia", form.firstName());
        assertEquals("333 1234567", form.mobile());
        assertTrue(form.marketing());
        assertFalse(form.profiling());
        assertFalse(form.thirdParties(), "an unticked box is not sent at all");
        assertFalse(form.isBot());
        assertTrue(form.acknowledgesPrivacy());
        fields.remove("privacy");
        assertFalse(PublicLeadsResource.form(fields).acknowledgesPrivacy(), "an unticked privacy box is not sent at all");
    }
}
