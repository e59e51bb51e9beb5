package it.callcenter.simulators;

import it.callcenter.server.DemoMessaging;

import java.util.LinkedHashMap;
import java.util.Map;

/** The run command's SMSC and mail server ({@link DemoMessaging}), found by {@link java.util.ServiceLoader}. */
public final class DemoSmsAndMail implements DemoMessaging {

    private SmscSimulator smsc;
    private MailServer mail;

    @Override
    public Map<String, String> start(int smppPort, int smtpPort) {
        smsc = SmscSimulator.start(smppPort, SmscSimulator.Settings.defaults());
        try {
            mail = MailServer.start(smtpPort);
        } catch (RuntimeException e) {
            smsc.close();
            throw e;
        }
        Map<String, String> settings = new LinkedHashMap<>(smsc.serverSettings());
        settings.putAll(mail.serverSettings());
        // a little under the SMSC's own limit, as a provider's account is set; a number, so that replies (STOP) come back
        settings.put("callcenter.smpp.rate", String.valueOf(smsc.settings().maxPerSecond() * 4 / 5));
        settings.put("callcenter.smpp.source-address", "+393400000000");
        // the bounce mailbox read often, so that a failed e-mail shows as failed a few seconds after the send
        settings.put("callcenter.mail.bounce-seconds", "10");
        return settings;
    }

    @Override
    public String describe() {
        return "Demo SMS and e-mail: an SMSC on 127.0.0.1:" + smsc.port() + " (SMPP, at most "
                + smsc.settings().maxPerSecond() + " SMS a second; numbers ending in 99 are unknown, 98 undeliverable,"
                + " 97 expire) and a mail server (SMTP on 127.0.0.1:" + mail.port() + ", its bounce mailbox on IMAP " + mail.imapPort()
                + "; recipients @" + MailServer.FAILING_DOMAIN + " bounce, @" + MailServer.DELAYED_DOMAIN + " are delayed) keep what is sent: nothing leaves"
                + " this machine.";
    }

    @Override
    public void close() {
        try {
            if (smsc != null) {
                smsc.close();
            }
        } finally {
            if (mail != null) {
                mail.close();
            }
        }
    }
}
