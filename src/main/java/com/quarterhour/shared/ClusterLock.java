package com.quarterhour.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Work that must happen on one server of a cluster at a time (demo data at start-up, the scheduled
 * folding of day figures), serialized by the one thing every node shares: the database. On
 * PostgreSQL a transaction-scoped advisory lock, released by the commit or rollback of the caller's
 * transaction (a node that dies mid-way loses its connection, and with it the lock). Embedded H2
 * belongs to a single server, so there it always succeeds at once.
 */
@ApplicationScoped
public class ClusterLock {

  /** The tasks; each key is a fixed advisory-lock number, the same on every node. */
  public enum Task {
    DEMO_DATA(4_611_001L),
    FIGURE_COMPACTION(4_611_002L);

    private final long key;

    Task(long key) {
      this.key = key;
    }

    /** The advisory-lock number another session takes to hold this task. */
    public long key() {
      return key;
    }
  }

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:comp/DefaultDataSource")
  private DataSource dataSource;

  private boolean shared;

  @PostConstruct
  void init() {
    try {
      shared = DatabaseVendor.POSTGRESQL.equals(DatabaseVendor.of(dataSource));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database the portal runs on", e);
    }
  }

  /** Waits until no other node runs the task, then holds it until the current transaction ends. */
  public void holdUntilCommit(Task task) {
    if (shared) {
      em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, task.key).getSingleResult();
    }
  }

  /** Takes the task until the current transaction ends if no other node runs it; false if one does. */
  public boolean tryUntilCommit(Task task) {
    return !shared || Boolean.TRUE.equals(
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, task.key).getSingleResult());
  }
}
