package it.callcenter.reporting;

/**
 * What reporting needs of a report engine: a document filled into its template and written as the format asks.
 * The only adapter is {@link it.callcenter.reporting.jasper.JasperRenderer}; nothing else imports the engine.
 */
public interface ReportRenderer {

    byte[] render(ReportDocument document, ReportFormat format);
}
