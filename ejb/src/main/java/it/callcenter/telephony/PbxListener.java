package it.callcenter.telephony;

/** Receives the PBX's events, in the order the PBX sent them, from the adapter's own thread. */
public interface PbxListener {

    void on(PbxEvent event);
}
