package it.callcenter.pbx;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The demo's rule, by the dialled number's last digit (README.md, "Telephony"): 0 busy, 9 no answer (rings 15 s),
 * 8 the operator's phone busy, 7 network congestion; any other digit answers after 2 s and hangs up after a random
 * 20–90 s.
 */
public final class DemoNumbers implements Function<String, Behaviour> {

    @Override
    public Behaviour apply(String number) {
        char last = number == null || number.isEmpty() ? '1' : number.charAt(number.length() - 1);
        return switch (last) {
            case '0' -> Behaviour.busy();
            case '9' -> Behaviour.noAnswer(Duration.ofSeconds(15));
            case '8' -> Behaviour.operatorBusy();
            case '7' -> Behaviour.congestion();
            default -> Behaviour.answer(Duration.ofSeconds(2),
                    Duration.ofSeconds(ThreadLocalRandom.current().nextInt(20, 91)));
        };
    }
}
