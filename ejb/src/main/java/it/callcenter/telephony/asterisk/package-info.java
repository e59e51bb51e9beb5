/**
 * The Asterisk adapter: the {@link it.callcenter.telephony.Pbx} port over the Asterisk Manager Interface with
 * Asterisk-Java's {@code ManagerConnection} (not its live API nor {@code PBXFactory}). The only code that imports
 * Asterisk-Java; what it hears becomes {@link it.callcenter.telephony.PbxEvent}s.
 */
package it.callcenter.telephony.asterisk;
