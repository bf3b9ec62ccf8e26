package com.quarterhour.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.queries.VisitSummary;
import com.quarterhour.queries.web.VisitRows;
import com.quarterhour.visit.VisitStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.MarshallerFactory;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.Unmarshaller;
import org.junit.jupiter.api.Test;

/**
 * A table model in the copy of a session a cluster sends to the other node, written by the
 * marshaller WildFly writes session attributes with (JBoss Marshalling, river): the copy carries no
 * rows, the model on this node keeps them, and the copy loads its page again the way PrimeFaces
 * does when the other node takes the session over.
 */
class LazyRowsTest {

  /** 25 visits per page out of 60, as the database would answer. */
  static final class Queries extends VisitQueries implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public List<VisitSummary> page(VisitFilter filter, int first, int size, String sortField, boolean ascending) {
      return LongStream.range(first, Math.min(first + size, 60)).mapToObj(LazyRowsTest::visit).toList();
    }

    @Override
    public long count(VisitFilter filter) {
      return 60;
    }
  }

  static VisitSummary visit(long id) {
    return new VisitSummary(id + 1, "Whitfield, Ada", "DEMO-0001", "Dana Ortiz, PT", "Medicare Part B", LocalDate.of(2026, 11, 2),
        VisitStatus.SUBMITTED, 2, 40, 3, Instant.parse("2026-11-02T10:00:00Z"), null, null, null, 0, 0,
        Instant.parse("2026-11-02T10:00:00Z"), 0);
  }

  @Test
  void theCopyOfAVisitTableCarriesNoRowsAndLoadsItsPageAgain() throws Exception {
    VisitRows rows = new VisitRows(new Queries(), VisitFilter::working, false);
    showPage(rows, 25);

    byte[] copied = marshal(rows);
    VisitRows copy = (VisitRows) unmarshal(copied);

    assertThat(new String(copied, StandardCharsets.ISO_8859_1)).as("the copy names no row class")
        .doesNotContain(VisitSummary.class.getName());
    assertThat(rows.getWrappedData()).as("the rows stay on the node that loaded them").hasSize(25);
    assertThat(copy.getWrappedData()).isNull();
    assertThat(copy.getRowCount()).isEqualTo(60);
    assertThat(copy.getPageSize()).isEqualTo(25);

    showPage(copy, 25); // what DataTable.loadLazyDataIfRequired does before it decodes a post
    assertThat(copy.getWrappedData()).extracting(VisitSummary::id).containsExactlyElementsOf(
        rows.getWrappedData().stream().map(VisitSummary::id).toList());
    assertThat(copy.getRowData("20")).as("a ticked row is found after the take-over").isEqualTo(visit(19));
  }

  @Test
  void aPagedListsCopyCarriesItsSourceButNotItsRows() throws Exception {
    List<String> names = new ArrayList<>(List.of("Ada", "Ben", "Cleo", "Dev"));
    PagedRows<String> rows = new PagedRows<>(() -> 4, (first, size) -> List.copyOf(names.subList(first, Math.min(4, first + size))), n -> n);
    rows.setWrappedData(rows.load(0, 2, Map.of(), Map.of()));

    @SuppressWarnings("unchecked")
    PagedRows<String> copy = (PagedRows<String>) unmarshal(marshal(rows));

    assertThat(rows.getWrappedData()).containsExactly("Ada", "Ben");
    assertThat(copy.getWrappedData()).isNull();
    assertThat(copy.load(2, 2, Map.of(), Map.of())).containsExactly("Cleo", "Dev");
  }

  @Test
  void aModelWithNoRowsIsWrittenAsItIs() throws Exception {
    VisitRows rows = new VisitRows(new Queries(), VisitFilter::working, false);
    VisitRows copy = (VisitRows) unmarshal(marshal(rows));

    assertThat(copy.getWrappedData()).isNull();
    assertThat(copy.count(Map.of())).isEqualTo(60);
  }

  /** PrimeFaces' lazy load of the first page: count, load, keep the page as the model's data. */
  private static void showPage(VisitRows rows, int size) {
    rows.setRowCount(rows.count(Map.of()));
    rows.setPageSize(size);
    rows.setWrappedData(rows.load(0, size, Map.of(), Map.of()));
  }

  private static final MarshallerFactory RIVER = Marshalling.getProvidedMarshallerFactory("river");

  private static MarshallingConfiguration configuration() {
    MarshallingConfiguration c = new MarshallingConfiguration();
    c.setVersion(4);
    return c;
  }

  private static byte[] marshal(Object o) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Marshaller m = RIVER.createMarshaller(configuration());
    m.start(Marshalling.createByteOutput(out));
    m.writeObject(o);
    m.finish();
    return out.toByteArray();
  }

  private static Object unmarshal(byte[] bytes) throws Exception {
    Unmarshaller u = RIVER.createUnmarshaller(configuration());
    u.start(Marshalling.createByteInput(new ByteArrayInputStream(bytes)));
    Object o = u.readObject();
    u.finish();
    return o;
  }
}
