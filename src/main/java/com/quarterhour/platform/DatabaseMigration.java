package com.quarterhour.platform;

import com.quarterhour.shared.DatabaseVendor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Flyway manages its own
 * transactions, hence bean-managed transactions here.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            // Common SQL first; a vendor folder holds what H2 and PostgreSQL spell differently.
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
            .failOnMissingLocations(false)
            .load()
            .migrate();
    LOG.info(
        () -> "Database (" + vendor + ") at schema version " + result.targetSchemaVersion
            + ", " + result.migrationsExecuted + " migration(s) applied");
  }

  private String vendor() {
    try {
      return DatabaseVendor.of(dataSource);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }
}
