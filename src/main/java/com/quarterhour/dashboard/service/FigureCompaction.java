package com.quarterhour.dashboard.service;

import com.quarterhour.shared.ClusterLock;
import com.quarterhour.shared.DatabaseVendor;
import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Once a minute, folds the visits' appended figure changes into the day figures (PostgreSQL), so
 * that the dashboard adds up a few thousand rows at most, however many visits there are. In a
 * cluster one node folds at a time (the others skip that minute); folding twice would be harmless
 * anyway, each change is folded by exactly one transaction. On H2 (development) the day figures are
 * a view and there is nothing to fold.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class FigureCompaction {

  private static final Logger LOG = Logger.getLogger(FigureCompaction.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClusterLock clusterLock;

  @Resource(lookup = "java:comp/DefaultDataSource")
  private DataSource dataSource;

  private boolean kept;

  @PostConstruct
  void init() {
    try {
      kept = DatabaseVendor.POSTGRESQL.equals(DatabaseVendor.of(dataSource));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot tell the database; the day figures will not be folded", e);
    }
  }

  /** Folds what has changed since the last time; returns how many changes were folded. */
  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  public long fold() {
    if (!kept || !clusterLock.tryUntilCommit(ClusterLock.Task.FIGURE_COMPACTION)) {
      return 0;
    }
    long folded = ((Number) em.createNativeQuery("select visit_figures_compact()").getSingleResult()).longValue();
    LOG.fine(() -> "folded " + folded + " visit figure changes");
    return folded;
  }
}
