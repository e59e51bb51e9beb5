/**
 * Report templates. The {@code .jrxml} sources are compiled to {@code .jasper} during the build, because
 * JasperReports' only compiler (javax.tools) does not work inside WildFly's module class loading; the
 * reporting area of the ejb module fills the compiled templates.
 */
package it.callcenter.reports;
