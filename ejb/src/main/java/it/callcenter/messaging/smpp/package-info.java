/**
 * The SMS gateway's adapter: SMPP 3.4 through jsmpp, the only code that imports it. One bound session a node
 * (transceiver, or a transmitter and a receiver), opened at start and again whenever it closes.
 */
package it.callcenter.messaging.smpp;
