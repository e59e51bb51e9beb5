package it.callcenter.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A signal's payload names its node, its channel and its message, which may itself hold tabs and line breaks. */
class ClusterSignalsTest {

    @Test
    void theThreePartsComeBack() {
        assertArrayEquals(new String[]{"node2", "calls", "anna\tstate\t12\tRINGING"},
                ClusterSignals.decode(ClusterSignals.encode("node2", "calls", "anna\tstate\t12\tRINGING")));
        assertArrayEquals(new String[]{"node1", "board", "a\nb"}, ClusterSignals.decode(ClusterSignals.encode("node1", "board", "a\nb")));
        assertArrayEquals(new String[]{"node1", "board", ""}, ClusterSignals.decode(ClusterSignals.encode("node1", "board", null)));
    }

    @Test
    void aPayloadOfSomeoneElseIsLeftOut() {
        assertNull(ClusterSignals.decode("hello"));
        assertNull(ClusterSignals.decode(null));
    }
}
