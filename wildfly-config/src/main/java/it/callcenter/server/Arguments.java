package it.callcenter.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} and {@code --flag} command-line arguments. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    Arguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(name, hasValue ? args[++i] : "true");
        }
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalArgumentException("Missing --" + name));
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /** Every {@code --<prefix>x value} as {@code <replacement>x}, e.g. {@code --ami-host} as {@code callcenter.ami.host}. */
    Map<String, String> prefixed(String prefix, String replacement) {
        Map<String, String> found = new java.util.TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                found.put(replacement + name.substring(prefix.length()), value);
            }
        });
        return found;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }
}
