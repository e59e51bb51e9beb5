/**
 * Web-to-lead: an administrator defines lead sources, each with a random public key; a web site posts its form
 * to {@code /api/public/leads?key=} and {@link it.callcenter.registry.leads.LeadIntake} turns the post into a
 * party through the registry's own create, so a lead obeys the one definition of a valid party and of a
 * duplicate. A lead must acknowledge the privacy notice. Bots are kept out by a honeypot field and by rate limits per
 * remote address and per source (the address's the lower, so one bot cannot close a form for everyone).
 */
package it.callcenter.registry.leads;
