package it.callcenter.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Production: applies the CLI scripts to an existing, stopped WildFly pointed at a PostgreSQL server, and
 * optionally copies the EAR into its deployments. Production mode creates only the user {@code admin},
 * with a random password written once to the server log. The PBX's settings are {@code --ami-<name> value}, each
 * becoming the system property {@code callcenter.ami.<name>} (README.md, "Telephony"), e.g.
 * {@code --ami-host pbx.example --ami-secret 'secret'}. With {@code --cluster-members host1:7600,host2:7600} the
 * server is configured as a node of a cluster instead ({@code standalone-ha.xml}, README.md "Cluster").
 */
public final class Install {

    private Install() {
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = new Arguments(args);
        Path home = Path.of(arguments.required("wildfly-home"));
        DatabaseSettings database = new DatabaseSettings(
                arguments.required("db-url"), arguments.required("db-user"), arguments.required("db-password"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("callcenter.mode", "production");
        // behind a reverse proxy or load balancer: its addresses, so sign-ins are throttled per real client address
        arguments.optional("trusted-proxies").ifPresent(proxies -> properties.put("callcenter.trusted-proxies", proxies));
        // messages (README.md, "Messages"): --smpp-host smsc.example --mail-host relay.example --messaging-public-url …
        properties.putAll(arguments.prefixed("smpp-", "callcenter.smpp."));
        properties.putAll(arguments.prefixed("mail-", "callcenter.mail."));
        properties.putAll(arguments.prefixed("messaging-", "callcenter.messaging."));
        properties.putAll(arguments.prefixed("ami-", "callcenter.ami."));
        arguments.optional("service-call-windows")
                .ifPresent(windows -> properties.put("callcenter.telephony.service-call-windows", windows));
        java.util.Optional<String> members = arguments.optional("cluster-members");
        if (members.isPresent()) {
            // a node of a cluster: standalone-ha.xml, the same scripts, then JGroups over TCP to the listed members
            new ServerConfigurator(home).applyCluster(database, properties, java.util.List.of(members.get().split(",")));
            System.out.println("Configured " + home.toAbsolutePath().resolve("standalone/configuration/standalone-ha.xml")
                    + " for a cluster of " + members.get() + "; start each node with " + home.resolve("bin/standalone.sh")
                    + " -c standalone-ha.xml -Djboss.node.name=<its name> -b <its address> -bprivate <its address>");
        } else {
            new ServerConfigurator(home).apply(database, properties);
            System.out.println("Configured " + home.toAbsolutePath());
        }
        if (arguments.optional("ear").isPresent()) {
            Path ear = Path.of(arguments.required("ear"));
            Files.copy(ear, home.resolve("standalone/deployments/callcenter.ear"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Deployed " + ear + "; start WildFly with " + home.resolve("bin/standalone.sh"));
        }
    }
}
