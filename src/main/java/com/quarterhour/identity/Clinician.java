package com.quarterhour.identity;

import com.quarterhour.rules.Discipline;
import com.quarterhour.shared.Npi;
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
public class Clinician implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

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

  /** What a treating clinician is licensed as; null for coders, supervisors and admins. */
  @Enumerated(EnumType.STRING)
  private Credential credential;

  /** The rendering provider's NPI on claims; null until the admin records it. */
  @Size(max = 10)
  private String npi;

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

  public Credential getCredential() {
    return credential;
  }

  public String getNpi() {
    return npi;
  }

  /**
   * Records what the clinician is licensed as and their NPI; the credential decides the
   * discipline (no credential: not a treating clinician). The NPI must pass its check digit.
   *
   * @throws IllegalArgumentException naming the NPI when it does not
   */
  public void describeAsProvider(Credential newCredential, String newNpi) {
    String npiValue = Npi.clean(newNpi);
    String problem = npiValue == null ? null : Npi.problem(npiValue);
    if (problem != null) {
      throw new IllegalArgumentException("NPI: " + problem + ".");
    }
    credential = newCredential;
    discipline = newCredential == null ? null : newCredential.discipline();
    npi = npiValue;
  }

  public long getVersion() {
    return version;
  }
}
