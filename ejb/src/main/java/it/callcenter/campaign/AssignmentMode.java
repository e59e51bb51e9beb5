package it.callcenter.campaign;

/** SPLIT deals the open entries out to the operators; SHARED leaves them in a pool the operators draw from. */
public enum AssignmentMode {
    SPLIT, SHARED
}
