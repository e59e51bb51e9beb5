package it.callcenter.pbx;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AmiReaderTest {

    private static AmiReader reader(String text) {
        return new AmiReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBlankLineEndsAMessageAndKeysAreFoundInAnyCase() throws IOException {
        AmiReader reader = reader("Action: Originate\r\nActionID: 7#call-1\r\nVariable: A=1\r\nVariable: B=2\r\n\r\n"
                + "\r\nAction: Ping\r\n\r\n");
        AmiMessage originate = reader.read();
        assertEquals("originate", originate.actionName());
        assertEquals("7#call-1", originate.get("actionid"));
        assertEquals(List.of("A=1", "B=2"), originate.all("Variable"));
        assertEquals("ping", reader.read().actionName());
        assertNull(reader.read());
    }

    @Test
    void bareLineFeedsAndValuesWithColonsAreRead() throws IOException {
        AmiMessage message = reader("Action: Redirect\nChannel: PJSIP/201-0000000a\nData: a:b: c\n\n").read();
        assertEquals("PJSIP/201-0000000a", message.get("Channel"));
        assertEquals("a:b: c", message.get("Data"));
    }

    @Test
    void aMessageCutByTheEndOfTheStreamIsStillGiven() throws IOException {
        AmiMessage message = reader("Action: Logoff\r\n").read();
        assertEquals("logoff", message.actionName());
    }

    @Test
    void theWireFormIsKeyColonSpaceValueWithCrLfAndABlankLine() {
        AmiMessage event = AmiMessage.event("Hangup").add("Channel", "Local/201@agents-00000001;1").add("Cause", 16)
                .add("Missing", null);
        assertEquals("Event: Hangup\r\nChannel: Local/201@agents-00000001;1\r\nCause: 16\r\n\r\n", event.toWire());
    }

    @Test
    void variablesComeFromRepeatedLinesOrCommaSeparatedPairs() {
        AmiMessage action = new AmiMessage().add("Action", "Originate").add("Variable", "CALLCENTER_CALL=12")
                .add("Variable", "X=1,Y=a=b");
        assertEquals(java.util.Map.of("CALLCENTER_CALL", "12", "X", "1", "Y", "a=b"), PbxSimulator.variables(action));
    }
}
