import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Creates the PostgreSQL database the cluster's nodes share unless it exists (they migrate it
 * themselves). Usage: java -cp POSTGRESQL_DRIVER_JAR CreateDatabase.java HOST PORT DATABASE USER
 * PASSWORD. Plain Java with the driver the build already has, so ./run.sh --cluster needs no psql.
 */
public class CreateDatabase {
  public static void main(String[] args) throws Exception {
    String host = args[0];
    String port = args[1];
    String database = args[2];
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("POSTGRESQL_DATABASE must be a plain lower-case name: " + database);
    }
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", args[3], args[4]);
        PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet r = exists.executeQuery()) {
        if (r.next()) {
          return;
        }
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate("create database " + database);
        System.out.println("Created the PostgreSQL database " + database);
      }
    }
  }
}
