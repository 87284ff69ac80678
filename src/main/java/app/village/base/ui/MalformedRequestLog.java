package app.village.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.internal.JsonDecodingException;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A Vaadin request whose body is not JSON comes from a broken or hostile client, not from our pages.
 * Vaadin logs each one as an error with a stack trace of over a hundred lines, so anyone can fill the log
 * and bury real errors; this turns it into one line. Nothing of the body is logged: it is the sender's text.
 */
@Component
class MalformedRequestLog extends TurboFilter {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(MalformedRequestLog.class);
    private static final String VAADIN_HANDLER = UidlRequestHandler.class.getName();

    MalformedRequestLog() {
        // Spring Boot sets up logging before any bean exists, and again for each application context.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(MalformedRequestLog.class::isInstance)) {
            logback.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t instanceof JsonDecodingException && VAADIN_HANDLER.equals(logger.getName())) {
            log.warn("Refused a malformed Vaadin request: its body is not JSON");
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
