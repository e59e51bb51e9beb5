package it.callcenter.web.i18n;

import it.callcenter.compliance.CallWindows;
import it.callcenter.messaging.MessageReport;
import it.callcenter.registry.export.XlsxRowWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report of a message campaign as an XLSX in the reader's language: its messages by carrier (how many, accepted by
 * the gateway, delivered, failed, waiting, SMS segments, cost) with the total, then the campaign it is about. Through
 * the registry's streaming writer, safe against formula injection (a carrier's name is written as text).
 */
public final class MessageReportFile {

    private MessageReportFile() {
    }

    public static String fileName(MessageReport.Report report) {
        return "campagna-messaggi-" + report.campaign().id() + ".xlsx";
    }

    public static void xlsx(MessageReport.Report report, Locale locale, OutputStream out) throws IOException {
        XlsxRowWriter writer = new XlsxRowWriter(out, Messages.label(locale, "messages.report.sheet"));
        writer.header(Arrays.stream(new String[]{"carrier", "messages", "sent", "delivered", "failed", "waiting",
                "segments", "cost"}).map(c -> Messages.label(locale, "messages.report." + c)).toList());
        for (MessageReport.Line line : report.lines()) {
            writer.row(cells(line.carrier().isEmpty() ? Messages.label(locale, "messages.report.noCarrier") : line.carrier(),
                    line));
        }
        writer.row(cells(Messages.label(locale, "messages.report.total"), report.total()));
        writer.row(List.of());
        var c = report.campaign();
        writer.row(List.of(Messages.label(locale, "messages.campaign.name"), c.name()));
        writer.row(List.of(Messages.label(locale, "messages.campaign.channel"),
                Messages.label(locale, "messages.channel." + c.channel())));
        writer.row(List.of(Messages.label(locale, "messages.campaign.purpose"),
                Messages.label(locale, "messages.purpose." + c.purpose())));
        if (c.sentAt() != null) {
            writer.row(Arrays.asList(Messages.label(locale, "messages.campaign.sentAt"),
                    LocalDateTime.ofInstant(c.sentAt(), CallWindows.ITALY)));
        }
        writer.finish();
    }

    private static List<Object> cells(String label, MessageReport.Line line) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.addAll(List.of(line.messages(), line.sent(), line.delivered(), line.failed(), line.waiting(), line.segments(),
                line.cost()));
        return cells;
    }
}
