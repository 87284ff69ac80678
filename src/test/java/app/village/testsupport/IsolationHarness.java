package app.village.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractThrowableAssert;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;

/**
 * The isolation tests' shared half: a member of family A calls a feature's services with family B's ids, and
 * every call must be refused. The test keeps its own recipes, one call per public method, named
 * {@code "method"} or {@code "Service.method"}, with an optional {@code "(variant)"} when a method is called
 * more than once. The harness checks the refusals and fails when a public method, or a new {@code @Service}
 * of the feature's package, has no recipe.
 */
public final class IsolationHarness {

    private final List<Class<?>> services;
    private final Set<String> testedElsewhere = new HashSet<>();

    private IsolationHarness(List<Class<?>> services) {
        this.services = List.copyOf(services);
    }

    /** The classes whose public methods must all be called; the first names the package to scan. */
    public static IsolationHarness of(List<Class<?>> services) {
        return new IsolationHarness(services);
    }

    /** Methods, as {@code "Service.method"}, scoped by the signed-in person or a link's token: tested elsewhere. */
    public IsolationHarness testedElsewhere(String... methods) {
        testedElsewhere.addAll(List.of(methods));
        return this;
    }

    /**
     * Each call throws, and {@code refusal} approves what it threw, given the call's name. {@code description}
     * names the call in a failure, e.g. {@code "%s in her own space"}.
     */
    public static void assertEachRefused(Map<String, Runnable> calls, String description,
            BiConsumer<String, AbstractThrowableAssert<?, ? extends Throwable>> refusal) {
        calls.forEach((name, call) -> refusal.accept(name, assertThatThrownBy(call::run).as(description, name)));
    }

    /** The public methods the services declare; each service has at least one. */
    public List<Method> publicMethods() {
        for (var service : services) {
            assertThat(declaredPublicMethods(service)).as(service.getSimpleName()).isNotEmpty();
        }
        return services.stream().flatMap(service -> declaredPublicMethods(service).stream()).toList();
    }

    /** Every public method has a call among {@code calls}, unless it is tested elsewhere. */
    public void assertEveryMethodIsCalled(Map<String, Runnable> calls, String how) {
        var called = namesOf(calls);
        for (var method : publicMethods()) {
            if (!testedElsewhere.contains(qualifiedName(method))) {
                assertThat(isCalled(method, called)).as("isolation test calls %s %s", qualifiedName(method), how)
                        .isTrue();
            }
        }
    }

    /** Every public method that takes an id besides the space's has a call among {@code calls}. */
    public void assertEveryMethodTakingAnIdIsCalled(Map<String, Runnable> calls, String how) {
        var called = namesOf(calls);
        for (var method : publicMethods()) {
            var takesAnId = Arrays.stream(method.getParameterTypes()).skip(1).anyMatch(IsolationHarness::isAnId);
            if (takesAnId && !testedElsewhere.contains(qualifiedName(method))) {
                assertThat(isCalled(method, called)).as("isolation test calls %s %s", qualifiedName(method), how)
                        .isTrue();
            }
        }
    }

    /** A bare UUID, or an id type such as {@code TaskId}: a record of one UUID (docs/decisions/typed-ids.md). */
    private static boolean isAnId(Class<?> type) {
        return type == UUID.class || type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == UUID.class;
    }

    /** Every {@code @Service} of the first service's package is among the services, and no other. */
    public void assertEveryServiceOfThePackageIsListed() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        var packageName = services.getFirst().getPackageName();
        var listed = services.stream().filter(service -> service.isAnnotationPresent(Service.class))
                .map(Class::getName).toList();
        assertThat(scanner.findCandidateComponents(packageName))
                .as("every @Service of %s is listed in the isolation test", packageName)
                .extracting(BeanDefinition::getBeanClassName)
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    private static List<Method> declaredPublicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .toList();
    }

    private static Set<String> namesOf(Map<String, Runnable> calls) {
        return calls.keySet().stream().map(name -> name.replaceAll("\\(.*\\)", "")).collect(Collectors.toSet());
    }

    private static boolean isCalled(Method method, Set<String> called) {
        return called.contains(method.getName()) || called.contains(qualifiedName(method));
    }

    private static String qualifiedName(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
