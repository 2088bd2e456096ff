package nl.entree.help.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import nl.entree.help.HelpConfig;

/**
 * A body larger than help reads gets help's own page, with the quick exit and a way back, in the language of the form
 * it came from: Quarkus's own answer is an empty English 413, and the person who typed a long story would see only
 * that. The body is never read, so nothing of it reaches a page or a log line.
 */
@ApplicationScoped
public class TooLongPage {

    /**
     * A filter of priority p is a route of order -p. Quarkus checks the body's announced size at order -2, and answers
     * it there itself; the security headers are set at the lowest order, so this page has them too.
     */
    private static final int BEFORE_QUARKUS_CHECKS_THE_SIZE = 10;

    private final Page page;
    private final Template tooLong;
    private final long limit;

    public TooLongPage(Page page, HelpConfig config, @Location("too-long.html") Template tooLong) {
        this.page = page;
        this.tooLong = tooLong;
        this.limit = config.maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseTooLong, BEFORE_QUARKUS_CHECKS_THE_SIZE);
    }

    private void refuseTooLong(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!overLimit(request.getHeader(HttpHeaderNames.CONTENT_LENGTH))) {
            context.next();
            return;
        }
        // The language field is in the body, which is not read: the form's address carries the language as well.
        String html = page.of(tooLong, request.getParam("lang")).data("max", QuestionPages.MAX_LENGTH).render();
        context.response().setStatusCode(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                // Closed, as Quarkus does, rather than kept open to take in the rest of a body however long it is.
                .endHandler(ended -> request.connection().close())
                .end(html);
    }

    private boolean overLimit(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException unreadable) {
            // Not a size: left to Quarkus, which refuses it.
            return false;
        }
    }
}
