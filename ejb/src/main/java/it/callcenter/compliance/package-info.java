/**
 * Compliance: the numbers nobody may call (internal list and Registro delle Opposizioni) and the RPO checks.
 * Its tables are read by the campaign fill and the dispatch in their own SQL; this package owns how they are written.
 */
package it.callcenter.compliance;
