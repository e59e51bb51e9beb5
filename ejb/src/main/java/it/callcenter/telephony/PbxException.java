package it.callcenter.telephony;

/** The PBX could not be asked (not connected, no answer in time) or refused the action. */
public class PbxException extends Exception {

    private final boolean refused;

    public PbxException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    /** True when the PBX answered with an error; false when it could not be reached. */
    public boolean refused() {
        return refused;
    }
}
