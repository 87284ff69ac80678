package app.village.notification;

/** Letters from the test template {@code src/test/resources/mail/test-letter.txt}: subject "{name} has news". */
final class TestLetters {

    private TestLetters() {
    }

    static Letter letter(String to, String name, String message) {
        return Letter.of(MailKind.MEMBERSHIP, "test-letter", to, null).with("name", name).with("message", message);
    }
}
