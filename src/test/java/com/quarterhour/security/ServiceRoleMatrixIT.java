package com.quarterhour.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsSupervisor1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.Caller;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every business method of every service, called as every role and as nobody: refused exactly where
 * its @RolesAllowed (or its class's) does not name the caller's role. The matrix is built from the
 * annotations, so a new service or method is in it without anyone adding it. Arguments are nulls
 * and zeros: an allowed call may fail on them, but never with an access refusal.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRoleMatrixIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("service-role-matrix-it.war").addClass(ServiceRoleMatrixIT.class);
  }

  @Inject AsTherapist1 therapist;
  @Inject AsCoder1 coder;
  @Inject AsSupervisor1 supervisor;
  @Inject AsAdmin1 admin;
  @Inject BeanManager beans;

  @Test
  void everyServiceMethodRefusesExactlyTheRolesItsAnnotationsLeaveOut() throws Exception {
    Map<String, Caller> callers = new LinkedHashMap<>();
    callers.put("therapist", therapist);
    callers.put("coder", coder);
    callers.put("supervisor", supervisor);
    callers.put("admin", admin);

    List<Class<?>> services = services();
    assertThat(services).extracting(Class::getSimpleName)
        .contains("VisitService", "VisitQueries", "VisitWorkflow", "CodingWorksheet", "ApprovalQueue", "ReferenceData",
            "AuditTrail", "DashboardFigures", "VisitReader", "VisitScoring");
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Class<?> service : services) {
      Object proxy = CDI.current().select(service).get();
      for (Method method : businessMethods(service)) {
        Set<String> allowed = allowedRoles(service, method);
        for (Map.Entry<String, Caller> caller : callers.entrySet()) {
          boolean refused = refused(() -> caller.getValue().call(() -> invoke(proxy, method)));
          if (refused == (allowed != null && allowed.contains(caller.getKey()))) {
            wrong.add(service.getSimpleName() + "." + method.getName() + " as " + caller.getKey() + (refused ? " refused" : " allowed") + ": " + lastOutcome);
          }
          cells++;
        }
        boolean refused = refused(() -> invoke(proxy, method));
        if (refused == (allowed == ALL)) {
          wrong.add(service.getSimpleName() + "." + method.getName() + " as nobody " + (refused ? "refused" : "allowed") + ": " + lastOutcome);
        }
        cells++;
      }
    }
    assertThat(wrong).as("cells that contradict the annotations").isEmpty();
    assertThat(cells).isGreaterThan(100);
  }

  /** Every role: what @PermitAll means. */
  private static final Set<String> ALL = Set.of("therapist", "coder", "supervisor", "admin", "**");

  /** The roles a method admits: the method's own annotation, else its class's; null: none. */
  private static Set<String> allowedRoles(Class<?> service, Method method) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return null;
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return ALL;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      if (service.isAnnotationPresent(PermitAll.class)) {
        return ALL;
      }
      roles = service.getAnnotation(RolesAllowed.class);
    }
    return roles == null ? null : Set.of(roles.value());
  }

  private List<Class<?>> services() {
    List<Class<?>> out = new ArrayList<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      if (type.getPackageName().startsWith("com.quarterhour.") && !type.getPackageName().startsWith("com.quarterhour.testsupport")
          && type.isAnnotationPresent(Stateless.class) && !out.contains(type)) {
        out.add(type);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  private static List<Method> businessMethods(Class<?> service) {
    return Arrays.stream(service.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
        .sorted(Comparator.comparing(Method::toString))
        .toList();
  }

  private static Object invoke(Object proxy, Method method) throws Exception {
    Object[] args = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      args[i] = zero(types[i]);
    }
    try {
      return method.invoke(proxy, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** Null, or the primitive's zero boxed as its own type (a ?: chain would widen them all to double). */
  private static Object zero(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return Boolean.FALSE;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0d;
    }
    return 0;
  }

  private interface Call {
    void run() throws Exception;
  }

  /** What the last call threw, for the report of a contradicting cell. */
  private static String lastOutcome;

  /** Whether the call was refused for the caller's role (anything else it may throw is not a refusal). */
  private static boolean refused(Call call) {
    try {
      call.run();
      lastOutcome = "returned";
      return false;
    } catch (Throwable e) {
      lastOutcome = e.toString();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof EJBAccessException) {
          return true;
        }
      }
      return false;
    }
  }
}
