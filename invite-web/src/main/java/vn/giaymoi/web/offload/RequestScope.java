package vn.giaymoi.web.offload;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.giaymoi.web.error.ApiException;

/**
 * Phạm vi một yêu cầu (the life of one request): a deadline, after which the request is answered 503 with a problem
 * body, and the list of work {@link Offload} started for it, cancelled when the deadline passes or the client
 * leaves. Mounted before the API's handlers. Vert.x runs each request and the callbacks of its futures on one
 * context of its own, so the context finds the scope.
 */
public final class RequestScope {
    private static final Map<Context, RequestScope> SCOPES = new ConcurrentHashMap<>();

    private final List<Runnable> onEnd = new ArrayList<>();
    private volatile RuntimeException reason;

    private RequestScope() {}

    /** The handler that opens a scope for every request it sees, with {@code deadline}. */
    public static Handler<RoutingContext> handler(Vertx vertx, Duration deadline) {
        return ctx -> {
            Context context = Vertx.currentContext();
            RequestScope scope = new RequestScope();
            SCOPES.put(context, scope);
            long timer = vertx.setTimer(deadline.toMillis(), id -> {
                if (ctx.response().ended()) return;
                scope.end(ApiException.timeout(deadline));
                ctx.fail(scope.reason());
            });
            // the client went away: the response notices on HTTP/2, the connection on HTTP/1.1
            ctx.response().closeHandler(v -> scope.end(ApiException.clientLeft()));
            if (ctx.request().connection() != null) {
                ctx.request().connection().closeHandler(v -> scope.end(ApiException.clientLeft()));
            }
            ctx.addEndHandler(v -> {
                vertx.cancelTimer(timer);
                SCOPES.remove(context, scope);
            });
            ctx.next();
        };
    }

    /** The scope of the request running on {@code context}, or null outside a request. */
    static RequestScope of(Context context) {
        return context == null ? null : SCOPES.get(context);
    }

    boolean ended() {
        return reason != null;
    }

    RuntimeException reason() {
        return reason;
    }

    /** Runs {@code action} when the scope ends early, at once if it has. */
    void onEnd(Runnable action) {
        synchronized (onEnd) {
            if (reason == null) {
                onEnd.add(action);
                return;
            }
        }
        action.run();
    }

    private void end(RuntimeException why) {
        List<Runnable> actions;
        synchronized (onEnd) {
            if (reason != null) return;
            reason = why;
            actions = List.copyOf(onEnd);
            onEnd.clear();
        }
        actions.forEach(Runnable::run);
    }
}
