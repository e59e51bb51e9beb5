package it.callcenter.importing;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportJobTest {

    private static ImportJob job(RowEstimate total) {
        return new ImportJob("clienti.csv", "/tmp/x.csv", new ImportFiles.Format(StandardCharsets.UTF_8, ';'),
                ColumnMapping.suggest(List.of("Cognome"), null), DuplicatePolicy.SKIP, "supervisor", total);
    }

    @Test
    void anEstimateNeverShowsTheJobDoneAndTheEndMakesTheTotalExact() {
        ImportJob job = job(new RowEstimate(2000, false));
        job.claimedBy("node1");
        job.advance(1000, 990, 0, 5, 5);
        assertEquals(50, job.view().percent());
        job.advance(1500, 1500, 0, 0, 0);
        ImportJobView running = job.view();
        assertEquals(2500, running.total(), "the estimate was short: the position is the least there is");
        assertEquals(99, running.percent());
        job.finish();
        ImportJobView done = job.view();
        assertEquals(100, done.percent());
        assertEquals(2500, done.total());
        assertTrue(done.totalExact());
    }

    @Test
    void cancellingStopsARunningOrQueuedJobOnlyAndKeepsItsCounts() {
        ImportJob job = job(new RowEstimate(3000, false));
        job.claimedBy("node1");
        job.advance(1000, 1000, 0, 0, 0);
        job.cancel();
        ImportJobView cancelled = job.view();
        assertEquals(ImportJob.State.CANCELLED, cancelled.state());
        assertEquals(1000, cancelled.position());
        assertEquals(1000, cancelled.created());
        assertFalse(cancelled.cancellable());
        assertEquals("IMPORT_ENDED", assertThrows(BusinessException.class, job::cancel).code());

        ImportJob queued = job(new RowEstimate(10, true));
        queued.cancel();
        assertEquals(ImportJob.State.CANCELLED, queued.view().state());
    }

    @Test
    void onlyTheNodeThatClaimedARunningJobRunsIt() {
        ImportJob job = job(new RowEstimate(10, true));
        assertFalse(job.runBy("node1"), "queued: nobody runs it");
        job.claimedBy("node1");
        assertTrue(job.runBy("node1"));
        assertFalse(job.runBy("node2"));
        job.claimedBy("node2");
        assertFalse(job.runBy("node1"), "taken over: the old owner's chunks are refused");
        job.cancel();
        assertFalse(job.runBy("node2"), "cancelled: nobody runs it");
    }
}
