package it.callcenter.importing;

import jakarta.ejb.ApplicationException;

/**
 * A chunk the job no longer wants: the job was cancelled, or it is not at the chunk's position because the chunk
 * before it failed. Rolls the chunk's transaction back; an expected end of a run, not an error of the server.
 */
@ApplicationException(rollback = true)
public class ChunkRefusedException extends RuntimeException {

    public ChunkRefusedException(long jobId, long position) {
        super("Import " + jobId + " is not running at record " + position);
    }
}
