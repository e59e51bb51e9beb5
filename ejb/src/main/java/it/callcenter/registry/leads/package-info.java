/**
 * Web-to-lead: an administrator defines lead sources, each with a random public key; a web site posts its form
 * to {@code /api/public/leads?key=} and {@link it.callcenter.registry.leads.LeadIntake} turns the post into a
 * party through the registry's own create, so a lead obeys the one definition of a valid party and of a
 * duplicate. Bots are kept out by a honeypot field and a per-key rate limit.
 */
package it.callcenter.registry.leads;
