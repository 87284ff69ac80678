package app.village.family;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address invitation and calendar links start with ({@code VILLAGE_PUBLIC_URL}), and whether it is one
 * other people can open. It defaults to this computer's own address, where a relative's phone finds nothing.
 * Not family data, so no space to check: the address is the same for everyone.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String url;
    private final URI uri;

    PublicAddress(InvitationSettings settings) {
        this.url = settings.publicUrl();
        this.uri = URI.create(settings.publicUrl());
    }

    /** The configured address, as links show it. */
    public String url() {
        return url;
    }

    /** True when links lead only back to this computer (localhost, 127.0.0.1, ::1). */
    public boolean isThisComputerOnly() {
        return isLoopback(uri.getHost());
    }

    /**
     * Whether a page opened at this address (a request's {@code Host} header: a name and perhaps a port)
     * builds links that lead back to the same place. Unknown when there is no header: then yes, as nothing
     * can be said. The names of this computer count as one, as do a missing and a default port.
     */
    public boolean isReachedAt(@Nullable String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank() || uri.getHost() == null) {
            return true;
        }
        URI reached;
        try {
            reached = URI.create("//" + hostHeader.trim());
        } catch (IllegalArgumentException notAHost) {
            return false;
        }
        if (reached.getHost() == null) {
            return false;
        }
        boolean sameHost = isLoopback(reached.getHost()) && isLoopback(uri.getHost())
                || reached.getHost().equalsIgnoreCase(uri.getHost());
        // Behind a proxy the Host header usually carries no port even when the public address names one.
        return sameHost && (reached.getPort() == -1 || reached.getPort() == effectivePort(uri));
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenLinksWorkOnlyHere() {
        if (isThisComputerOnly()) {
            log.warn("Invitation and calendar links start with {}, which only this computer can open. "
                    + "Set VILLAGE_PUBLIC_URL to the address people use to reach Village.", url);
        }
    }

    private static int effectivePort(URI address) {
        if (address.getPort() != -1) {
            return address.getPort();
        }
        return "https".equalsIgnoreCase(address.getScheme()) ? 443 : 80;
    }

    private static boolean isLoopback(@Nullable String host) {
        if (host == null) {
            return false;
        }
        var name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]") || name.equals("::1");
    }
}
