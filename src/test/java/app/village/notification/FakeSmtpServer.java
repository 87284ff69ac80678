package app.village.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server on a loopback port that misbehaves on purpose: it never answers, drops the connection in
 * the middle, or answers {@code RCPT TO} with a chosen reply. Good enough for Jakarta Mail's side of the talk.
 */
final class FakeSmtpServer implements AutoCloseable {

    enum Behaviour { NEVER_ANSWERS, DROPS_AFTER_MAIL_FROM, ANSWERS_RCPT_WITH, DROPS_AFTER_DATA }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final String rcptReply;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final List<String> messagesTaken = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private FakeSmtpServer(Behaviour behaviour, String rcptReply) throws IOException {
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.behaviour = behaviour;
        this.rcptReply = rcptReply;
        this.acceptor = Thread.ofVirtual().start(this::acceptAll);
    }

    static FakeSmtpServer neverAnswering() throws IOException {
        return new FakeSmtpServer(Behaviour.NEVER_ANSWERS, "");
    }

    static FakeSmtpServer droppingAfterMailFrom() throws IOException {
        return new FakeSmtpServer(Behaviour.DROPS_AFTER_MAIL_FROM, "");
    }

    /**
     * Takes the whole message and then drops the connection instead of answering it: the sender can't know the
     * message arrived, and tries again. The messages it took are kept ({@link #messagesTaken()}).
     */
    static FakeSmtpServer droppingAfterData() throws IOException {
        return new FakeSmtpServer(Behaviour.DROPS_AFTER_DATA, "250 2.1.5 OK");
    }

    /** Answers every recipient with this reply, such as {@code 550 5.1.1 <a@b> no such user}. */
    static FakeSmtpServer answeringRecipientsWith(String reply) throws IOException {
        return new FakeSmtpServer(Behaviour.ANSWERS_RCPT_WITH, reply);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The raw messages it took before dropping the connection; only {@link #droppingAfterData()} takes any. */
    List<String> messagesTaken() {
        return List.copyOf(messagesTaken);
    }

    int connectionsSeen() {
        return connections.size();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                var socket = server.accept();
                connections.add(socket);
                Thread.ofVirtual().start(() -> talk(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void talk(Socket socket) {
        if (behaviour == Behaviour.NEVER_ANSWERS) {
            return; // the socket stays open and silent until close()
        }
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                var out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 fake.example ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 fake.example");
                    case "MAIL" -> {
                        if (behaviour == Behaviour.DROPS_AFTER_MAIL_FROM) {
                            return;
                        }
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> reply(out, rcptReply);
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        var message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line).append("\n");
                        }
                        if (behaviour == Behaviour.DROPS_AFTER_DATA) {
                            messagesTaken.add(message.toString());
                            return;
                        }
                        reply(out, "250 2.0.0 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException dropped) {
            // the client went away: nothing to do
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (var socket : connections) {
            socket.close();
        }
        acceptor.interrupt();
    }
}
