package it.callcenter.messaging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentCountTest {

    @Test
    void eachGroupIsCountedAsItsMessagesWouldBe() {
        String fixed = "a".repeat(150);
        SegmentCount count = SegmentCount.of(fixed, List.of(
                new SegmentCount.LengthGroup(10, 0, true, 100),   // 160 septets: one segment each
                new SegmentCount.LengthGroup(10, 1, true, 10),    // 161 with a euro: two each
                new SegmentCount.LengthGroup(5, 0, false, 3)));   // UCS-2, 155 units: three each

        assertEquals(113, count.messages());
        assertEquals(100 + 20 + 9, count.segments());
    }

    @Test
    void aFixedTextOutsideTheAlphabetMakesEveryMessageUcs2() {
        SegmentCount count = SegmentCount.of("È" + "a".repeat(60), List.of(new SegmentCount.LengthGroup(9, 0, true, 4),
                new SegmentCount.LengthGroup(10, 0, true, 1)));

        assertEquals(4 + 2, count.segments());
    }
}
