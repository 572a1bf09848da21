package io.quotestance.gateway.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay between a service and its PostgreSQL server, so that a test can take the database away (every open
 * connection cut, new ones refused) and bring it back on the same address, as a database restart or a network
 * partition would, without touching the server other tests share. A test can also catch the moment the service sends
 * a given SQL statement, to hold it there or to cut the database away right before it, in the middle of a request.
 */
final class DatabaseLink implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile Trap trap;

    DatabaseLink(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
    }

    int port() {
        return port;
    }

    /** Accepts connections again on the same port. */
    synchronized void up() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "database-link-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts every open connection and refuses new ones. */
    synchronized void down() {
        closeQuietly(listener);
        sockets.forEach(DatabaseLink::closeQuietly);
        sockets.clear();
    }

    /**
     * Holds the first message the service sends that contains {@code statement} (SQL text, as the driver sends it the
     * first times a connection runs it), without forwarding it, until {@link #release()}.
     */
    void holdAt(String statement) {
        trap = new Trap(statement.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Takes the database away (as {@link #down()}) instead of forwarding the first message the service sends that
     * contains {@code statement}: what the connection sent before it reached the database, that message never does.
     */
    void cutAt(String statement) {
        trap = new Trap(statement.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Whether the statement armed by {@link #holdAt} or {@link #cutAt} was caught within this time. */
    boolean awaitCaught(Duration limit) throws InterruptedException {
        Trap armed = trap;
        return armed != null && armed.caught.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a held message go on to the database. */
    void release() {
        Trap armed = trap;
        if (armed != null) {
            armed.released.countDown();
        }
    }

    @Override
    public void close() {
        release();
        down();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client.getInputStream(), server.getOutputStream(), client, server, true);
                pump(server.getInputStream(), client.getOutputStream(), client, server, false);
            } catch (IOException closedOrRefused) {
                // the link was taken down, or the database refused: the service sees a broken connection
            }
        }
    }

    private void pump(InputStream from, OutputStream to, Socket client, Socket server, boolean toDatabase) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            // The end of the previous read, so that a statement split between two reads is still recognised.
            byte[] seen = new byte[0];
            try {
                for (int read; (read = from.read(buffer)) >= 0;) {
                    Trap armed = trap;
                    if (toDatabase && armed != null) {
                        byte[] window = concat(seen, buffer, read);
                        if (armed.catches(window)) {
                            if (armed.cut) {
                                down();
                                return;
                            }
                            armed.released.await();
                        }
                        seen = Arrays.copyOfRange(window, Math.max(0, window.length - armed.statement.length),
                                window.length);
                    }
                    to.write(buffer, 0, read);
                    to.flush();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (IOException cut) {
                // one side went away
            } finally {
                closeQuietly(client);
                closeQuietly(server);
            }
        }, "database-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static byte[] concat(byte[] head, byte[] buffer, int length) {
        byte[] joined = Arrays.copyOf(head, head.length + length);
        System.arraycopy(buffer, 0, joined, head.length, length);
        return joined;
    }

    /** A statement to catch once, and what to do then: cut the database away, or hold until released. */
    private static final class Trap {

        final byte[] statement;
        final boolean cut;
        final CountDownLatch caught = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);

        Trap(byte[] statement, boolean cut) {
            this.statement = statement;
            this.cut = cut;
        }

        /** True for the first message containing the statement only: later ones pass. */
        synchronized boolean catches(byte[] bytes) {
            if (caught.getCount() == 0 || !contains(bytes, statement)) {
                return false;
            }
            caught.countDown();
            return true;
        }

        private static boolean contains(byte[] bytes, byte[] part) {
            for (int start = 0; start + part.length <= bytes.length; start++) {
                if (Arrays.equals(bytes, start, start + part.length, part, 0, part.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
