package app.village.security;

import app.village.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import java.util.Set;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The one filter chain. Views carry their own access annotations and services check again;
 * here we only open the static files every page needs and harden sessions and headers.
 * Authentication itself is the account feature's {@code AuthenticationProvider} bean.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** A member's calendar feed, {@code /calendar/<token>.ics}; see the calendar feature. */
    static final String CALENDAR_FEEDS = "/calendar/*.ics";

    /**
     * Everything from Village's own origin and nowhere else. Vaadin's pre-compiled bundle needs inline
     * scripts (its bootstrap page), {@code eval} (Flow runs server-sent JavaScript through {@code new
     * Function}) and inline styles (its components); the rest is shut. Why, and what it still protects:
     * docs/decisions/content-security-policy.md.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "manifest-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final Set<String> READING = Set.of("GET", "HEAD");

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end, so it does not grow without bound. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            @Value("${village.invitations.public-url}") String publicAddress) throws Exception {
        // Stylesheets and icons are behind security like any other path; without this the page renders unstyled.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/offline.html").permitAll()
                // Calendar apps fetch a member's feed without logging in: its secret token is the key.
                .requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll());
        // A fresh session id at login defeats session fixation. The registry lets a password change or an
        // account deletion end the person's other sessions.
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/"));
        http.addFilterBefore(new CrossSiteLoginRefusal(publicAddress), UsernamePasswordAuthenticationFilter.class);
        // First in the chain, before anything may open a session.
        http.addFilterBefore(new NoNewSessionForStaleBackgroundRequests(), DisableEncodeUrlFilter.class);
        http.headers(headers -> headers
                .addHeaderWriter(referrerPolicy())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny()));
        // Vaadin refuses every address it does not know (denyAll): signed in, an unknown address then ends as an
        // empty 403, signed out as the login page. Routes are checked by Vaadin's navigation access control
        // and services check again, so what remains are unknown addresses: reading one reaches the router, which
        // answers with Village's own not-found page and status 404. Only reading: an endpoint added later that
        // takes a POST (or PUT, DELETE) stays refused until it is given a rule of its own.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(anyOther -> anyOther.access((authentication, context) -> new AuthorizationDecision(
                        READING.contains(context.getRequest().getMethod())))));
        return http.build();
    }

    /**
     * Same-origin everywhere, except on invitation and password-reset pages and calendar feeds: their address
     * holds a secret token, which must not travel to any other page or site in a Referer header.
     */
    static HeaderWriter referrerPolicy() {
        var invitationPages = PathPatternRequestMatcher.withDefaults().matcher("/invitation/**");
        var resetPages = PathPatternRequestMatcher.withDefaults().matcher("/reset-password/**");
        var calendarFeeds = PathPatternRequestMatcher.withDefaults().matcher(CALENDAR_FEEDS);
        var noReferrer = new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER);
        var sameOrigin = new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN);
        return (request, response) -> (invitationPages.matches(request) || resetPages.matches(request)
                || calendarFeeds.matches(request)
                ? noReferrer : sameOrigin).writeHeaders(request, response);
    }
}
