/**
 * The mail relay's adapter: Jakarta Mail over WildFly's mail session {@code java:jboss/mail/CallCenter}, whose SMTP
 * server (host, port, TLS) the CLI script of wildfly-config configures. The only code that imports Jakarta Mail.
 */
package it.callcenter.messaging.mail;
