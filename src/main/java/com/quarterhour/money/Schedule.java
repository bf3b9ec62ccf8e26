package com.quarterhour.money;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A fee schedule: a named list of what a payer allows per unit of each code ({@link Fee} rows), with its source. */
@Entity
@Table(name = "fee_schedule")
public class Schedule implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  /** Where the amounts come from: a contract, a CMS file. */
  private String source;

  @Version private long version;

  protected Schedule() {}

  Schedule(String name, String source) {
    this.name = name;
    this.source = source;
  }

  void describeSource(String source) {
    this.source = source;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getSource() { return source; }
}
