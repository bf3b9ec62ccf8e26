package com.quarterhour.identity;

import com.quarterhour.rules.Discipline;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A therapist, coder or supervisor, tied to a Keycloak user by its user name. */
@Entity
public class Clinician {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Keycloak's preferred_username: the principal name WildFly hands us. */
  @NotBlank
  @Size(max = 80)
  private String username;

  @NotBlank
  @Size(max = 120)
  private String displayName;

  /** The discipline of a treating clinician; null for coders and supervisors. */
  @Enumerated(EnumType.STRING)
  private Discipline discipline;

  @Version private long version;

  protected Clinician() {}

  public Clinician(String username, String displayName, Discipline discipline) {
    this.username = username;
    this.displayName = displayName;
    this.discipline = discipline;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Discipline getDiscipline() {
    return discipline;
  }

  public long getVersion() {
    return version;
  }
}
