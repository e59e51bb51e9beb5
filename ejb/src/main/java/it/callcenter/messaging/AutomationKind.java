package it.callcenter.messaging;

/** The daily automations and the purpose (so the consent) of what each sends. */
public enum AutomationKind {
    BIRTHDAY(Purpose.BIRTHDAY), WELCOME(Purpose.WELCOME), APPOINTMENT_REMINDER(Purpose.SERVICE);

    private final Purpose purpose;

    AutomationKind(Purpose purpose) {
        this.purpose = purpose;
    }

    public Purpose purpose() {
        return purpose;
    }
}
