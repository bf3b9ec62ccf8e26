package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.reference.Relationship;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.TestData;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing volume benchmark (mvn -Pvolume verify, not part of the default suite): a batch of
 * 5,000 claims written and checked against the 837P schema, then an 835 answering all 5,000
 * posted. Reports both times and the heap in use after each step (after a GC) to
 * target/volume-report.txt; the goals are 10 s and 20 s.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimVolumeIT {

  private static final Logger LOG = Logger.getLogger(ClaimVolumeIT.class.getName());
  private static final int CLAIMS = Integer.getInteger("volume.claims", 5_000);

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("claim-volume-it.war").addClasses(ClaimVolumeIT.class, Test835.class);
  }

  @Inject BillingFixture fixture;
  @Inject ClaimBatches batches;
  @Inject RemittancePosting posting;
  @Inject TestData data;
  @Inject AsCoder1 coder;

  @Test
  void aBatchOf5000ClaimsIsWrittenAndItsAnswerPosted() throws Exception {
    Long payer = fixture.payer();
    Long template = fixture.readyVisit(fixture.patient(payer, true, Relationship.SELF), payer, 1);
    assertThat(data.cloneVisit(template, CLAIMS - 1)).isEqualTo(CLAIMS - 1);
    long heapBefore = heapAfterGc();

    long start = System.nanoTime();
    ClaimBatches.Outcome batch = coder.call(() -> batches.create(payer));
    double batchSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfterBatch = heapAfterGc();
    assertThat(batch.claims()).isEqualTo(CLAIMS);
    assertThat(batch.leftOut()).isEmpty();
    int fileBytes = coder.call(() -> batches.x12(batch.batchId())).length();

    List<Claim> claims = coder.call(() -> batches.claimsOf(batch.batchId()));
    Test835 answer = new Test835().payment("VOL" + System.nanoTime(), "1512345678", "MEDICARE PART B", LocalDate.now());
    for (Claim claim : claims) {
      answer.claim(claim.getPatientControlNumber(), "1", claim.getTotalCents(), claim.getTotalCents(), 0, "V" + claim.getId());
      for (ClaimLine line : claim.getLines()) {
        answer.service(line.getCode(), String.join(" ", line.getModifiers()), line.getChargeCents(), line.getChargeCents(),
            line.getUnits(), line.getLineControlNumber());
      }
    }
    byte[] remittance = answer.toX12().getBytes(StandardCharsets.US_ASCII);
    claims = null; // what the test built is not what posting holds
    heapBefore = Math.min(heapBefore, heapAfterGc());

    start = System.nanoTime();
    RemittancePosting.Outcome posted = coder.call(() -> posting.post(new ByteArrayInputStream(remittance)));
    double postSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfterPost = heapAfterGc();
    assertThat(posted.posted()).isEqualTo(CLAIMS);
    assertThat(posted.unmatched()).isZero();

    String report = String.format(Locale.ROOT, """
        Billing volume (%,d claims, one payer, PostgreSQL)
        batch created, 837P written and schema-checked: %.2f s (goal < 10 s), file %,d bytes
        835 of %,d claims posted:                        %.2f s (goal < 20 s), file %,d bytes
        heap in use after GC: before %,d MB, after the batch %,d MB, after posting %,d MB
        """, CLAIMS, batchSeconds, fileBytes, CLAIMS, postSeconds, remittance.length,
        heapBefore >> 20, heapAfterBatch >> 20, heapAfterPost >> 20);
    LOG.info(report);
    write(report);
    assertThat(batchSeconds).as(report).isLessThan(10);
    assertThat(postSeconds).as(report).isLessThan(20);
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Next to the provisioned server: target/volume-report.txt. */
  private static void write(String report) throws IOException {
    Path target = Path.of(System.getProperty("jboss.home.dir")).getParent();
    Files.writeString(target.resolve("volume-report.txt"), report);
  }
}
