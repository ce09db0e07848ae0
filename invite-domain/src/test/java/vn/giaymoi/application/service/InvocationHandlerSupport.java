package vn.giaymoi.application.service;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/** Calls an interface's default method on a proxy, so a counting proxy counts only the store's own methods. */
final class InvocationHandlerSupport {
    private InvocationHandlerSupport() {}

    static Object callDefault(Object proxy, Method method, Object[] args) throws Throwable {
        return InvocationHandler.invokeDefault(proxy, method, args);
    }
}
