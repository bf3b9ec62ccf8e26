package com.quarterhour.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the container tests a fresh PostgreSQL database: drops the test database of an earlier run
 * and creates it anew, so every run starts from the same empty schema. Run by the build before the
 * container tests (pom.xml, create-test-database). Arguments: host port database user password.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /**
   * A connection to the database the server under test uses, for client-side tests that need to
   * find rows (failsafe passes the server's POSTGRESQL_* settings in the environment).
   */
  public static Connection connectAsTheServer() throws SQLException {
    String url = "jdbc:postgresql://" + env("POSTGRESQL_HOST", "127.0.0.1") + ":" + env("POSTGRESQL_PORT", "5432") + "/"
        + env("POSTGRESQL_DATABASE", "quarterhour_test");
    return DriverManager.getConnection(url, env("POSTGRESQL_USER", "postgres"), env("POSTGRESQL_PASSWORD", "postgres"));
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

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
      s.executeUpdate("drop database if exists " + database + " with (force)");
      s.executeUpdate("create database " + database);
      System.out.println("Created a fresh test database " + database);
    }
  }
}
