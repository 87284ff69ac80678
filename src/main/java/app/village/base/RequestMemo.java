package app.village.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What one request has already read, so that the sections of one page don't each read it again (a family's
 * home page used to read her membership eight times). It lives only between {@link #begin} and {@link #end},
 * which the UI calls around each request ({@code base.ui.OneReadPerRequest}); outside a request (background
 * work, services called directly) nothing is remembered. The next request reads everything afresh, so a member
 * removed a moment ago is still refused on her next click. Writes call {@link #forget} so that the rest of the
 * same request sees what they changed.
 * <p>Decision: docs/decisions/one-membership-read-per-request.md.
 */
@Component
public class RequestMemo {

    private static final ThreadLocal<@Nullable Map<Object, Object>> CURRENT = new ThreadLocal<>();

    /** Starts remembering for the request this thread is about to handle; forgets whatever came before. */
    public void begin() {
        CURRENT.set(new HashMap<>());
    }

    public void end() {
        CURRENT.remove();
    }

    /** The value remembered under {@code key} in this request, or {@code read}'s (remembered when in a request). */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> read) {
        var memo = CURRENT.get();
        if (memo == null) {
            return read.get();
        }
        var known = memo.get(key);
        if (known != null) {
            return (T) known;
        }
        var value = read.get();
        memo.put(key, value);
        return value;
    }

    /** The value remembered under {@code key} in this request, if any. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T recall(Object key) {
        var memo = CURRENT.get();
        return memo == null ? null : (T) memo.get(key);
    }

    /** Remembers {@code value} under {@code key} for the rest of this request (nothing outside a request). */
    public void note(Object key, Object value) {
        var memo = CURRENT.get();
        if (memo != null) {
            memo.put(key, value);
        }
    }

    /** Something was changed: the rest of this request reads afresh. */
    public void forget() {
        var memo = CURRENT.get();
        if (memo != null) {
            memo.clear();
        }
    }
}
