/**
 * Reporting: the reports managers print (campaign progress, operator productivity, contracts, appointments) and the
 * party's own papers (the party card, the privacy form), as PDF or XLSX. {@link it.callcenter.reporting.Reports} is
 * the one facade: it checks who may print what ({@link it.callcenter.reporting.ReportName}), validates the
 * parameters ({@link it.callcenter.reporting.ReportParameters}), reads the figures with one aggregate SQL statement
 * per report (the {@code *Sql} classes: set-based, bound values, never entities loaded to be counted in Java), hands
 * the small result to the {@link it.callcenter.reporting.ReportRenderer} port and audits the print. The port's only
 * adapter is {@code reporting.jasper}: the only code that knows JasperReports; the templates are the
 * {@code callcenter-reports} jar's, compiled at build time. Words come from the caller
 * ({@link it.callcenter.reporting.ReportWording}: the web module's bundles), so a report prints in the reader's
 * language. The SQL spans other areas' tables (entries, attempts, contracts, appointments) as ARCHITECTURE.md allows
 * for reports: read only, in this area.
 */
package it.callcenter.reporting;
