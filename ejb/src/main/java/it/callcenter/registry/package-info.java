/**
 * The registry of parties (persons and companies). The value objects here enforce the Italian identifiers
 * and contacts a party carries: codice fiscale, partita IVA, phone numbers in E.164, e-mail addresses and
 * postal codes; each refuses bad input with a {@link it.callcenter.BusinessException} naming the field.
 */
package it.callcenter.registry;
