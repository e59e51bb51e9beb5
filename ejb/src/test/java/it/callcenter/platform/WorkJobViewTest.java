package it.callcenter.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job's progress as its screen shows it: never 100 before it is done, 100 once done. */
class WorkJobViewTest {

    @Test
    void percentOfWhatIsDone() {
        assertEquals(0, view("QUEUED", 0, 0).percent());
        assertEquals(40, view("RUNNING", 40, 100).percent());
        assertEquals(99, view("RUNNING", 100, 100).percent());
        assertEquals(100, view("DONE", 0, 0).percent());
        assertFalse(view("RUNNING", 1, 2).ended());
        assertTrue(view("FAILED", 1, 2).ended());
    }

    private static WorkJobView view(String state, long done, long total) {
        return new WorkJobView(1, "FILL", state, done, total, null, null, null, "node1");
    }
}
