package it.callcenter.platform;

/**
 * Demo or production, from the system property {@code callcenter.mode} that the CLI scripts set. Anything
 * but {@code demo} is production: a server never becomes a demo by accident.
 */
public enum InstallationMode {
    DEMO, PRODUCTION;

    public static InstallationMode current() {
        return "demo".equalsIgnoreCase(System.getProperty("callcenter.mode")) ? DEMO : PRODUCTION;
    }
}
