package de.lotse.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.query.esf.EsfFactsReadModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ESF facts rebuilt from the first event hold the same rows, table by table, as the live
 * processor wrote: the facts, each participant's folded participation and every version of their
 * standing with the instants it was valid between, so every report, of now or as of any instant,
 * is the same. The rebuild's batches are small, so that a participant's events are spread over
 * several of them and the versions are continued from the stored row, as the live processor does.
 */
class EsfFactsRebuildTest {

    private static final List<String> TABLES = List.of("esf_fact", "esf_participant", "esf_version");

    private final ReadSide readSide = new ReadSide(List.of(
            new EsfFactsReadModel().rebuildableEsfFacts(JsonMapper.builder().build())));

    @AfterEach
    void shutDown() {
        readSide.close();
    }

    @Test
    void rebuildsTheFactsAndTheVersionsIntoIdenticalRows() {
        Routes.walk(readSide, 12);
        readSide.awaitLiveProcessorsAtHead();
        var before = rows();
        var tablesBefore = readSide.tableIds(TABLES);
        assertThat(before.get("esf_participant")).hasSize(12);
        assertThat(before.get("esf_version")).hasSizeGreaterThan(12);

        var rebuilds = readSide.rebuilds(3);
        rebuilds.start("esf-facts");
        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("esf-facts").isEmpty());

        assertThat(readSide.tableIds(TABLES)).doesNotContainAnyElementsOf(tablesBefore);
        assertThat(rows()).isEqualTo(before);
    }

    private Map<String, List<String>> rows() {
        var rows = new LinkedHashMap<String, List<String>>();
        TABLES.forEach(table -> rows.put(table, readSide.rowsOf(table)));
        return rows;
    }
}
