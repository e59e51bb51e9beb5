/**
 * Report templates: {@code src/main/jasperreports/*.jrxml} (JasperReports 7 format), compiled to
 * {@code it/callcenter/reports/<name>.jasper} during the build by {@code build.TemplateCompiler}, because
 * JasperReports' only compiler (javax.tools) does not work inside WildFly's module class loading. The jar holds the
 * compiled templates and their sources, nothing else; the reporting area of the ejb module fills them (its Jasper
 * adapter is the only code that knows JasperReports). The templates print no word of their own: every label is
 * {@code $R{report.…}} from the web module's bundles, handed in as the report's resource bundle, so a report prints
 * in the language of the user who asks for it.
 */
package it.callcenter.reports;
