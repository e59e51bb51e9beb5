package it.callcenter.web.api;

import it.callcenter.web.i18n.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The HTML form an administrator pastes into a web site: plain markup with no script and no style sheet, so
 * it works in any page. The honeypot {@code website} sits off-screen (not {@code display:none}, which some
 * bots skip) and out of the tab order. Every value written into it is escaped.
 */
public final class LeadFormSnippet {

    private LeadFormSnippet() {
    }

    /** @param leadsUrl the absolute URL of {@code /api/public/leads} */
    public static String html(String leadsUrl, String key) {
        String action = leadsUrl + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder();
        html.append("<form method=\"post\" action=\"").append(escape(action))
                .append("\" accept-charset=\"UTF-8\" class=\"callcenter-lead\">\n");
        field(html, "firstName", "text", "leads.form.firstName", " required maxlength=\"80\" autocomplete=\"given-name\"");
        field(html, "lastName", "text", "leads.form.lastName", " required maxlength=\"80\" autocomplete=\"family-name\"");
        field(html, "mobile", "tel", "leads.form.mobile", " required maxlength=\"20\" autocomplete=\"tel\"");
        field(html, "email", "email", "leads.form.email", " maxlength=\"254\" autocomplete=\"email\"");
        field(html, "postalCode", "text", "leads.form.postalCode", " maxlength=\"5\" inputmode=\"numeric\" autocomplete=\"postal-code\"");
        html.append("  <div style=\"position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden\" aria-hidden=\"true\">\n")
                .append("    <label>").append(label("leads.form.honeypot"))
                .append(" <input type=\"text\" name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"></label>\n")
                .append("  </div>\n");
        checkbox(html, "marketing", "leads.form.marketing", "");
        checkbox(html, "privacy", "leads.form.privacy", " required");
        html.append("  <p><button type=\"submit\">").append(label("leads.form.submit")).append("</button></p>\n");
        return html.append("</form>\n").toString();
    }

    private static void field(StringBuilder html, String name, String type, String labelKey, String attributes) {
        html.append("  <p><label>").append(label(labelKey)).append("<br><input type=\"").append(type).append("\" name=\"")
                .append(name).append('"').append(attributes).append("></label></p>\n");
    }

    private static void checkbox(StringBuilder html, String name, String labelKey, String attributes) {
        html.append("  <p><label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"true\"").append(attributes)
                .append("> ").append(label(labelKey)).append("</label></p>\n");
    }

    private static String label(String key) {
        return escape(Messages.text(Locale.ITALIAN, key));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
