package vn.giaymoi.web.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import vn.giaymoi.application.port.out.InvitationStore;

/**
 * Like a database, the store must never be called on a Vert.x event loop: every call of the wrapped store fails
 * with an {@link AssertionError} there, so a handler that forgets to offload its store call turns its test red (a
 * 500) instead of blocking the server in production.
 */
public final class OffEventLoop {
    private OffEventLoop() {}

    public static InvitationStore guard(InvitationStore store) {
        return (InvitationStore) Proxy.newProxyInstance(InvitationStore.class.getClassLoader(),
                new Class<?>[] {InvitationStore.class}, (proxy, method, args) -> {
                    if (io.vertx.core.Context.isOnEventLoopThread()) {
                        throw new AssertionError("store called on the event loop " + Thread.currentThread().getName());
                    }
                    try {
                        if (method.getName().equals("forOrganisation")) {
                            return guard((InvitationStore) method.invoke(store, args)); // its views are guarded too
                        }
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
