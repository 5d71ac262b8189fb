package nova.gateway.infra;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** An interceptor's view of one call: the method and what proceeding does. */
final class FakeInvocation implements InvocationContext {

    private final Object target;
    private final Method method;
    private final Callable<Object> proceed;

    FakeInvocation(Object target, String methodName, Callable<Object> proceed) throws NoSuchMethodException {
        this.target = target;
        this.method = target.getClass().getDeclaredMethod(methodName);
        this.proceed = proceed;
    }

    @Override
    public Object getTarget() {
        return target;
    }

    @Override
    public Object getTimer() {
        return null;
    }

    @Override
    public Method getMethod() {
        return method;
    }

    @Override
    public Constructor<?> getConstructor() {
        return null;
    }

    @Override
    public Object[] getParameters() {
        return new Object[0];
    }

    @Override
    public void setParameters(Object[] params) {
    }

    @Override
    public Map<String, Object> getContextData() {
        return new HashMap<>();
    }

    @Override
    public Object proceed() throws Exception {
        return proceed.call();
    }
}
