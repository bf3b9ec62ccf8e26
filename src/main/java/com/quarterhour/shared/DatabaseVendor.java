package com.quarterhour.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which database the portal runs on ("h2" or "postgresql"): what vendor-specific SQL is chosen by. */
public final class DatabaseVendor {

  public static final String POSTGRESQL = "postgresql";

  private DatabaseVendor() {}

  /** The product name the driver reports, in lower case. */
  public static String of(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
  }
}
