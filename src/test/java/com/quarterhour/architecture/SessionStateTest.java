package com.quarterhour.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a view- or session-scoped bean keeps lives in the HTTP session, which a cluster replicates
 * to the other node (issue 11): every such bean is Serializable, and so is everything its fields
 * hold — the field's class, its type arguments (a list's rows), a record's components, one of our
 * own classes' fields — except what the container re-injects.
 */
class SessionStateTest {

  private static final Set<String> SCOPES = Set.of("jakarta.faces.view.ViewScoped", "jakarta.enterprise.context.SessionScoped");

  @Test
  void everythingKeptInTheSessionCanBeReplicated() {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.quarterhour")) {
      if (c.getAnnotations().stream().anyMatch(a -> SCOPES.contains(a.getRawType().getName()))) {
        beans.add(c.reflect());
      }
    }
    assertThat(beans).as("view- and session-scoped beans").hasSizeGreaterThan(10);

    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      fieldsOf(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertThat(problems).isEmpty();
  }

  private static void fieldsOf(Class<?> type, String path, List<String> problems, Set<Type> seen) {
    for (Class<?> c = type; c != null && c.getName().startsWith("com.quarterhour"); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class) || f.isSynthetic()) {
          continue;
        }
        check(f.getGenericType(), path + "." + f.getName(), problems, seen);
      }
    }
  }

  private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, problems, seen);
      }
    } else if (type instanceof Class<?> c && !c.isPrimitive() && c != Object.class && !(type instanceof TypeVariable<?>)) {
      // An enterprise bean's reference is the container's proxy, which replicates as a handle.
      if (c.isAnnotationPresent(jakarta.ejb.Stateless.class) || c.isAnnotationPresent(jakarta.ejb.Singleton.class)) {
        return;
      }
      // Interfaces (List, Map, our functional interfaces) are judged by what they hold and by their implementations' own checks.
      if (!c.isInterface() && !c.isArray() && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          check(component.getGenericType(), path + "." + component.getName(), problems, seen);
        }
      } else if (c.getName().startsWith("com.quarterhour") && !c.isEnum()) {
        fieldsOf(c, path, problems, seen);
      }
    }
  }
}
