package it.callcenter.compliance;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** How far a return file has been read, in bytes: the stream counts what is read from it. */
final class RpoProgress {

    private long read;

    long read() {
        return read;
    }

    /** The stream, counting what is read from it. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                }
                return n;
            }
        };
    }
}
