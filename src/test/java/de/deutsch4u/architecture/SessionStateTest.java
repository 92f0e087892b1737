package de.deutsch4u.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract §10: web sessions are shared between instances, so everything a session- or view-scoped bean
 * keeps is serialised and read back on another instance. Every type such a bean holds (and, for the
 * project's own types, everything those hold) must be Serializable. Injected services are exempt: Weld
 * and the EJB container hand out serialisable proxies and check them when the application is deployed;
 * they must not be transient, or they would be null after the session moved to another instance.
 */
class SessionStateTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void shouldKeepOnlySerializableStateInSessionAndViewScopedBeans() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertFalse(beans.size() < 10, "found the scoped beans in target/classes: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            checkFields(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldNotMakeInjectedServicesTransient() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : scopedBeans()) {
            for (Field field : bean.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(field.getModifiers())) {
                    problems.add(bean.getSimpleName() + "." + field.getName() + " is null after the session moved");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> scopedBeans() throws ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        for (Path file : SourceFiles.withSuffix(CLASSES, ".class")) {
            String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                beans.add(type);
            }
        }
        return beans;
    }

    private static void checkFields(Class<?> owner, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(owner)) {
            return;
        }
        for (Class<?> type = owner; type != null && isOwn(type); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.getName().startsWith("_persistence_")) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> raw) {
            checkClass(raw, path, problems, seen);
        }
    }

    private static void checkClass(Class<?> raw, String path, List<String> problems, Set<Class<?>> seen) {
        if (raw.isArray()) {
            checkClass(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (raw.isPrimitive() || raw == Object.class) {
            return;
        }
        boolean open = raw.isInterface() || Modifier.isAbstract(raw.getModifiers());
        if (!open && !Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
        } else if (open && isOwn(raw) && !Serializable.class.isAssignableFrom(raw) && !raw.isInterface()) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
        }
        if (isOwn(raw)) {
            checkFields(raw, raw.getSimpleName(), problems, seen);
        }
    }

    private static boolean isOwn(Class<?> type) {
        return type.getName().startsWith("de.deutsch4u.");
    }
}
