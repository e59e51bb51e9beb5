package it.callcenter.platform;

import java.io.Serializable;

/**
 * A background job as a screen shows it, read from the database on whichever node the screen is: its state
 * ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), how far it is ({@code done} of {@code total}, in the
 * handler's unit), its result (JSON, the handler's own) once DONE, or the refusal's code and argument once FAILED, and
 * the node running it.
 */
public record WorkJobView(long id, String kind, String state, long done, long total, String result, String errorCode,
                          String errorArgument, String ownerNode) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean ended() {
        return "DONE".equals(state) || "FAILED".equals(state);
    }

    /** 0-100; 100 only once the job is done. */
    public int percent() {
        if ("DONE".equals(state)) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }
}
