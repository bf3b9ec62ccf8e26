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
