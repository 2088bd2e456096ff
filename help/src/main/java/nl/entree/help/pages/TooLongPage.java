package nl.entree.help.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

import nl.entree.help.HelpConfig;

/**
 * A body larger than help reads gets help's own page, with the quick exit and a way back, in the language of the form
 * it came from: Quarkus's own answer is an empty English 413, and the person who typed a long story would see only
 * that. A body that announces its length is never read; one sent without it (in chunks) is read here only up to the
 * limit, so nothing of it reaches a page or a log line either way.
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
        String contentLength = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (overLimit(contentLength)) {
            answerTooLong(context);
        } else if (contentLength == null && request.method() == HttpMethod.POST && !request.isEnded()
                && request.version() != HttpVersion.HTTP_2) {
            readUpToTheLimit(context);
        } else {
            context.next();
        }
    }

    /**
     * A body without a length (sent in chunks) is counted by Quarkus only while the resource reads it: over the limit,
     * Quarkus answers an empty 413 half-way through the resource, which then fails with an error in the log. So help
     * reads such a body itself, up to the limit, and either answers with its page as soon as the body grows past it,
     * or hands the body on in memory, where Quarkus REST reads it instead of the connection (as after Vert.x's own
     * body handler). Not over HTTP/2: Quarkus REST pauses every request it is given, and Vert.x refuses to pause an
     * HTTP/2 request already read (quarkusio/quarkus#34393). Only a client speaking HTTP/2 without TLS could send one,
     * and the ingress speaks HTTP/1.1 to help.
     */
    @SuppressWarnings("deprecation") // setBody: Vert.x 4's one way to hand a body read here to what comes after.
    private void readUpToTheLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refused[0] = true;
                answerTooLong(context);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
        // A broken body has nobody left to answer: the connection goes, and nothing of it is logged.
        request.exceptionHandler(broken -> request.connection().close());
        if (request.headers().contains(HttpHeaderNames.EXPECT, HttpHeaderValues.CONTINUE, true)) {
            context.response().writeContinue();
        }
        request.resume();
    }

    private void answerTooLong(RoutingContext context) {
        HttpServerRequest request = context.request();
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
