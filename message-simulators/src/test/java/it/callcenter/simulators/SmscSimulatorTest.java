package it.callcenter.simulators;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SMSC as a jsmpp client meets it over TCP: binds, submits, receipts, its rate limit, a phone's reply. */
class SmscSimulatorTest {

    private SmscSimulator smsc;
    private SMPPSession client;
    private final List<DeliverSm> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.start(0, SmscSimulator.Settings.defaults().withMaxPerSecond(5)
                .withReceiptDelay(Duration.ofMillis(20)));
        client = new SMPPSession();
        client.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
                delivered.add(deliverSm);
            }

            @Override
            public void onAcceptAlertNotification(org.jsmpp.bean.AlertNotification alert) {
            }

            @Override
            public org.jsmpp.session.DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, org.jsmpp.session.Session source) {
                return null;
            }
        });
        client.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(BindType.BIND_TRX, "callcenter", "smscdemo",
                "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
    }

    @AfterEach
    void stop() {
        client.unbindAndClose();
        smsc.close();
    }

    @Test
    void aSubmitIsTakenDecodedAndItsReceiptComesBackWithTheSameId() throws Exception {
        String id = submit("393331234567", new byte[]{'C', 'i', 'a', 'o', ' ', 0x04, 0x1b, 0x65}, (byte) 0);

        assertEquals("Ciao è€", smsc.received().get(id).text());
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        DeliverSm receipt = delivered.get(0);
        assertTrue(receipt.isSmscDeliveryReceipt());
        DeliveryReceipt text = receipt.getShortMessageAsDeliveryReceipt();
        assertEquals(id, text.getId());
        assertEquals(DeliveryReceiptState.DELIVRD, text.getFinalStatus());
        assertEquals(id, ((OptionalParameter.OctetString) receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                .getValueAsString().replace("\0", ""));
    }

    @Test
    void ucs2IsReadAsUtf16AndTheNumberRulesDecideTheReceipt() throws Exception {
        String id = submit("393331234598", "Già È".getBytes(StandardCharsets.UTF_16BE), (byte) 0x08);

        assertEquals("Già È", smsc.received().get(id).text());
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        assertEquals(DeliveryReceiptState.UNDELIV, delivered.get(0).getShortMessageAsDeliveryReceipt().getFinalStatus());
        NegativeResponseException unknown = assertThrows(NegativeResponseException.class,
                () -> submit("393331234599", "x".getBytes(StandardCharsets.US_ASCII), (byte) 0));
        assertEquals(org.jsmpp.SMPPConstant.STAT_ESME_RINVDSTADR, unknown.getCommandStatus());
    }

    @Test
    void overItsLimitASecondTheSmscRefusesWithThrottled() {
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            try {
                submit("39333000000" + (i % 10), "x".getBytes(StandardCharsets.US_ASCII), (byte) 0);
            } catch (NegativeResponseException e) {
                assertEquals(org.jsmpp.SMPPConstant.STAT_ESME_RTHROTTLED, e.getCommandStatus());
                refused++;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(refused >= 2, "refused " + refused);
        assertTrue(smsc.peakPerSecond() <= 5);
        assertEquals(refused, smsc.throttled());
    }

    @Test
    void aPhonesReplyReachesTheBoundApplication() {
        await().atMost(Duration.ofSeconds(5)).until(smsc::bound);
        smsc.replyFrom("+393331234567", "CallCenter", "STOP");

        assertEquals(1, delivered.size());
        DeliverSm reply = delivered.get(0);
        assertEquals("393331234567", reply.getSourceAddr());
        assertEquals("STOP", new String(reply.getShortMessage(), StandardCharsets.US_ASCII));
    }

    private String submit(String to, byte[] body, byte coding) throws Exception {
        return client.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "CallCenter",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to, new ESMClass(), (byte) 0, (byte) 1, null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, DataCodings.newInstance(coding),
                (byte) 0, body).getMessageId();
    }
}
