package it.callcenter.messaging;

/** The SMTP relay as the messaging area sees it (the port; {@code messaging.mail} has its adapter). */
public interface MailSender {

    /** A connection for a batch of e-mails, closed after it. */
    Batch open() throws SendFailure;

    interface Batch extends AutoCloseable {

        /** Sends one e-mail; answers its Message-ID. */
        String send(OutgoingMail mail) throws SendFailure;

        @Override
        void close();
    }
}
