package it.callcenter.it;

import it.callcenter.pbx.DemoPbx;
import it.callcenter.pbx.PbxSimulator;
import it.callcenter.pbx.SimulatorSettings;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;
import it.callcenter.simulators.MailServer;
import it.callcenter.simulators.SmscSimulator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application as the tests meet it: one embedded PostgreSQL with a new data directory and one WildFly
 * (HTTP on 8180, or 8080 + {@code callcenter.it.port-offset}) configured by the same CLI scripts as production, with the EAR of this build, in demo
 * mode, with a PBX simulator speaking AMI on 127.0.0.1 (port 5038 + the offset) as its telephony, and an SMS centre
 * (SMPP) and a mail server (SMTP) on 127.0.0.1 as its message gateways. Started once for
 * the whole run; JUnit closes it at the end of the run, and a JVM shutdown hook stops it when the run dies, also when
 * a test or the deployment fails. Calls outside campaigns may be made at any hour here (the service-call windows), so
 * that the telephony tests do not depend on the time of day they run.
 */
public final class TestServer implements BeforeAllCallback {

    /** WildFly's port offset for the tests; another offset lets a second checkout run its tests at the same time. */
    static final int PORT_OFFSET = Integer.getInteger("callcenter.it.port-offset", 100);
    /** A second server of a test (production mode, cluster) adds this to {@link #PORT_OFFSET}. */
    static final int SECOND_SERVER_OFFSET = PORT_OFFSET + 100;

    /** Lead posts a minute from one address and to one form on the test server: the address's the lower, as in production. */
    static final int LEAD_POSTS_PER_ADDRESS = 20;
    static final int LEAD_POSTS_PER_KEY = 40;

    /** The test server's PBX: a test sets the behaviour of its own numbers, starts inbound calls, drops connections. */
    static final int PBX_PORT = 5038 + PORT_OFFSET;
    static final String ANY_HOUR = "{\"windows\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],"
            + "\"from\":\"00:00\",\"to\":\"24:00\"}],\"holidays\":true}";
    /** The SMS centre's own limit, and the application's rate set at it: the centre's limit is what bounds a send, and its throttling is met. */
    static final int SMSC_PER_SECOND = 600;
    static final int SMS_RATE = 600;
    /** The submits the application keeps in flight on its SMPP bind. */
    static final int SMS_WINDOW = 10;

    private static LocalServer server;
    private static PbxSimulator pbx;
    private static SmscSimulator smsc;
    private static MailServer mail;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestServer.class.getName(), key -> new Running(start()), Running.class);
    }

    public static String baseUrl() {
        return server.baseUrl();
    }

    public static LocalServer server() {
        return server;
    }

    public static PbxSimulator pbx() {
        return pbx;
    }

    /** The test server's SMS centre: what it was sent, receipts, a phone's reply. */
    public static SmscSimulator smsc() {
        return smsc;
    }

    /** The test server's SMTP server: what it was sent. */
    public static MailServer mail() {
        return mail;
    }

    private static synchronized LocalServer start() {
        Path work = Path.of(System.getProperty("callcenter.it.work", "target/it-work"));
        Path data = work.resolve("postgres");
        deleteTree(data);
        pbx = PbxSimulator.start(PBX_PORT, SimulatorSettings.defaults().withOperatorAnswerDelay(Duration.ofMillis(200)));
        smsc = SmscSimulator.start(0, SmscSimulator.Settings.defaults().withMaxPerSecond(SMSC_PER_SECOND)
                .withReceiptDelay(Duration.ofMillis(50)));
        mail = MailServer.start(0);
        Map<String, String> properties = new LinkedHashMap<>(DemoPbx.serverSettings(pbx));
        properties.put("callcenter.leads.per-address-per-minute", String.valueOf(LEAD_POSTS_PER_ADDRESS));
        properties.put("callcenter.leads.per-key-per-minute", String.valueOf(LEAD_POSTS_PER_KEY));
        // the tests stand for a proxy: a test gives each of its callers an address of its own (Api.from)
        properties.put("callcenter.trusted-proxies", "127.0.0.1");
        properties.put("callcenter.ami.originate-timeout", "5");
        properties.put("callcenter.telephony.service-call-windows", ANY_HOUR);
        properties.putAll(smsc.serverSettings());
        properties.putAll(mail.serverSettings());
        properties.put("callcenter.smpp.rate", String.valueOf(SMS_RATE));
        properties.put("callcenter.smpp.window", String.valueOf(SMS_WINDOW));
        properties.put("callcenter.smpp.source-address", "+393400000000");
        properties.put("callcenter.mail.rate", "100");
        properties.put("callcenter.mail.bounce-seconds", "2");
        properties.put("callcenter.messaging.retry-seconds", "1");
        properties.put("callcenter.messaging.public-url", "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/callcenter");
        try {
            server = LocalServer.start(
                    Path.of(required("callcenter.wildfly.home")),
                    Path.of(required("callcenter.ear")),
                    data, LocalDatabase.freePort(), PORT_OFFSET, "demo", properties).closeAlso(pbx).closeAlso(smsc).closeAlso(mail);
        } catch (RuntimeException e) {
            pbx.close();
            smsc.close();
            mail.close();
            throw e;
        }
        return server;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with Maven");
        }
        return value;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A WildFly of its own for a test's second server: the unpacked distribution of the build copied to
     * {@code target/<name>}, without the test server's state (logs, data, deployments, PID file).
     */
    static Path copyOfTheServer(String name) {
        Path source = Path.of(required("callcenter.wildfly.home"));
        Path target = source.getParent().resolveSibling(name).resolve(source.getFileName());
        deleteTree(target);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path relative = source.relativize(path);
                if (relative.toString().equals("standalone/callcenter.pid")
                        || relative.startsWith("standalone/data") || relative.startsWith("standalone/log")
                        || relative.startsWith("standalone/tmp") || relative.startsWith("standalone/deployments")
                        && relative.getNameCount() > 2) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private record Running(LocalServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
