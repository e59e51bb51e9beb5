package it.callcenter.compliance;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a return file has been read, for a progress bar: the bytes read of the file's size. Shared by reference
 * between the screen that polls it and the background call that moves it.
 */
public final class RpoProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final AtomicLong read = new AtomicLong();

    public RpoProgress(long size) {
        this.size = size;
    }

    /** 0-100; 100 only once the whole file has been read. */
    public int percent() {
        return size <= 0 ? 0 : (int) Math.min(100, read.get() * 100 / size);
    }

    /** The stream, counting what is read from it. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }
        };
    }
}
