package it.callcenter.web.view;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a view or a session keeps can be serialized: in a cluster the session (and the views in it) is copied
 * to another node, and one field that cannot be ends the copy. Walks the fields of every view- and session-scoped
 * bean of the web module, and of what they hold, as JBoss Marshalling would: EJB references (serializable proxies)
 * and normal-scoped CDI beans (client proxies) pass; anything else must be {@link Serializable}, with the element
 * types of its collections and the rows of its lazy models; a lambda must be of a serializable interface.
 */
class ViewStateSerializableTest {

    @Test
    void everyViewAndSessionBeanCanMoveToAnotherNode() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() > 20, "found the view beans: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "what a session could not carry to another node");
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ViewStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ViewStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                check(arguments[i], path + "<" + i + ">", seen, problems);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
            return;
        }
        if (!(type instanceof Class<?> raw) || !seen.add(type)) {
            return; // a type variable or wildcard is checked where it is bound; a type seen is checked once
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (raw.isPrimitive() || raw.isEnum() || passes(raw)) {
            return;
        }
        if (raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            return; // the implementations a bean holds are java.util's serializable ones; the element types are checked
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        if (raw.getName().startsWith("it.callcenter.")) {
            checkFields(raw, path, seen, problems);
        }
    }

    private static void checkFields(Class<?> type, String path, Set<Type> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c.getName().startsWith("it.callcenter."); c = c.getSuperclass()) {
            if (c.getSuperclass() != Object.class && c.getSuperclass() != Record.class) {
                check(c.getGenericSuperclass(), path + " (" + c.getSimpleName() + "'s superclass)", seen, problems);
            }
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isSynthetic()) {
                    check(field.getGenericType(), path + "." + field.getName(), seen, problems);
                }
            }
        }
    }

    /** Types whose instances a session carries without looking inside: the JDK's values, EJB and CDI proxies. */
    private static boolean passes(Class<?> type) {
        return type.getName().startsWith("java.lang.") && Serializable.class.isAssignableFrom(type)
                || type.getName().startsWith("java.time.") || type.getName().startsWith("java.math.")
                || type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(ViewScoped.class)
                || type.isAnnotationPresent(EJB.class);
    }
}
