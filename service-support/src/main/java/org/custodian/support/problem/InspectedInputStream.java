package org.custodian.support.problem;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body read through, each byte shown to {@link #inspect(int)}, which may refuse it by throwing. */
abstract class InspectedInputStream extends ServletInputStream {

    private final ServletInputStream in;

    InspectedInputStream(ServletInputStream in) {
        this.in = in;
    }

    /** Sees the next byte read. */
    protected abstract void inspect(int b);

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            inspect(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            inspect(buffer[offset + i] & 0xff);
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
