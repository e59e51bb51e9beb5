package it.callcenter.compliance;

/** Who asked not to be called: the customer, to us (INTERNAL), or through the Registro delle Opposizioni (RPO). */
public enum DoNotCallSource {
    INTERNAL, RPO
}
