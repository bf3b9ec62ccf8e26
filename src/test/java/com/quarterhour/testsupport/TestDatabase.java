package com.quarterhour.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the PostgreSQL test database when it is missing; run by the build before the container
 * tests (pom.xml, create-test-database). Arguments: host port database user password.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String host = args[0];
    String port = args[1];
    String database = args[2];
    String user = args[3];
    String password = args.length > 4 ? args[4] : "";
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("test database name must be a plain identifier: " + database);
    }
    String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(admin, user, password);
        Statement s = c.createStatement()) {
      boolean exists;
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        exists = rs.next();
      }
      if (!exists) {
        s.executeUpdate("create database " + database);
        System.out.println("Created test database " + database);
      } else {
        System.out.println("Test database " + database + " exists");
      }
    }
  }
}
