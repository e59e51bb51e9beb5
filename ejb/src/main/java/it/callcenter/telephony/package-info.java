/**
 * Telephony: calls made and received through the PBX. {@link it.callcenter.telephony.CallService} dials (compliance
 * checked again first, the call stored, then an Originate through the {@link it.callcenter.telephony.Pbx} port);
 * the PBX's events, in our own types ({@link it.callcenter.telephony.PbxEvent}), move each call forward with one
 * conditional statement each ({@link it.callcenter.telephony.CallEvents}), so two nodes on one PBX write a call once;
 * calls in progress are reconciled with the PBX's channels after a reconnect. The Asterisk adapter (package
 * {@code asterisk}) is the only code that knows Asterisk-Java.
 */
package it.callcenter.telephony;
