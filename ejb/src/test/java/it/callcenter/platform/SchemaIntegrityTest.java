package it.callcenter.platform;

import it.callcenter.platform.SchemaCatalogue.Kind;
import it.callcenter.platform.SchemaCatalogue.SchemaObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the start-up check finds wrong with a schema, named table by table. */
class SchemaIntegrityTest {

    private static final SchemaObject PARTY_PKEY = new SchemaObject("party", Kind.PRIMARY_KEY, "party_pkey");
    private static final SchemaObject PARTY_NAME_IDX = new SchemaObject("party", Kind.INDEX, "party_name_search_idx");
    private static final SchemaObject CONTACT_PKEY = new SchemaObject("party_contact", Kind.PRIMARY_KEY, "party_contact_pkey");
    private static final SchemaObject CONTACT_FKEY = new SchemaObject("party_contact", Kind.FOREIGN_KEY, "party_contact_party_id_fkey");
    private static final Set<SchemaObject> MANIFEST = Set.of(PARTY_PKEY, PARTY_NAME_IDX, CONTACT_PKEY, CONTACT_FKEY);

    @Test
    void aWholeSchemaHasNoProblem() {
        assertEquals(List.of(), SchemaIntegrity.problems(catalogue(MANIFEST, Set.of()), MANIFEST));
    }

    @Test
    void objectsBeyondTheManifestAreNoProblem() {
        Set<SchemaObject> more = new TreeSet<>(MANIFEST);
        more.add(new SchemaObject("party", Kind.INDEX, "party_new_idx"));
        assertEquals(List.of(), SchemaIntegrity.problems(catalogue(more, Set.of()), MANIFEST));
    }

    @Test
    void aTableWithoutItsKeysAndIndexesIsNamed() {
        // the table after a load killed between dropping and re-creating the keys
        Set<SchemaObject> present = Set.of(CONTACT_PKEY, CONTACT_FKEY);
        List<String> problems = SchemaIntegrity.problems(catalogue(present, Set.of()), MANIFEST);
        assertEquals(List.of("table party has no primary key",
                "table party: index party_name_search_idx is missing (listed in db/schema-manifest.txt)"), problems);
    }

    @Test
    void aPrimaryKeyOtherThanTheListedOneIsNamed() {
        Set<SchemaObject> present = new TreeSet<>(MANIFEST);
        present.remove(PARTY_PKEY);
        present.add(new SchemaObject("party", Kind.PRIMARY_KEY, "party_id_pkey"));
        assertEquals(List.of("table party: primary key party_pkey is missing (listed in db/schema-manifest.txt)"),
                SchemaIntegrity.problems(catalogue(present, Set.of()), MANIFEST));
    }

    @Test
    void aTableTheMigrationsDoNotKnowStillNeedsAPrimaryKey() {
        SchemaCatalogue catalogue = new SchemaCatalogue(Set.of("party", "party_contact", "scratch"), MANIFEST, Set.of());
        assertEquals(List.of("table scratch has no primary key"), SchemaIntegrity.problems(catalogue, MANIFEST));
    }

    @Test
    void invalidIndexesAndUnvalidatedConstraintsAreNamed() {
        List<String> problems = SchemaIntegrity.problems(catalogue(MANIFEST, Set.of(PARTY_NAME_IDX, CONTACT_FKEY)), MANIFEST);
        assertEquals(List.of(
                "table party: index party_name_search_idx is invalid (REINDEX INDEX party_name_search_idx rebuilds it)",
                "table party_contact: foreign key party_contact_party_id_fkey is NOT VALID"
                        + " (ALTER TABLE party_contact VALIDATE CONSTRAINT party_contact_party_id_fkey)"), problems);
    }

    @Test
    void aMissingTableIsNamedOnce() {
        SchemaCatalogue catalogue = new SchemaCatalogue(Set.of("party"), Set.of(PARTY_PKEY, PARTY_NAME_IDX), Set.of());
        assertEquals(List.of("table party_contact is missing"), SchemaIntegrity.problems(catalogue, MANIFEST));
    }

    @Test
    void theManifestParsesLineByLine() {
        Set<SchemaObject> parsed = SchemaIntegrity.parse("""
                # comment
                party primary-key party_pkey

                party_contact foreign-key party_contact_party_id_fkey
                """);
        assertEquals(Set.of(PARTY_PKEY, CONTACT_FKEY), parsed);
        assertEquals("party_contact foreign-key party_contact_party_id_fkey", CONTACT_FKEY.line());
        assertThrows(IllegalStateException.class, () -> SchemaIntegrity.parse("party party_pkey"));
    }

    @Test
    void theCommittedManifestGivesEveryTableItsPrimaryKey() {
        Set<SchemaObject> manifest = SchemaIntegrity.manifest(getClass().getClassLoader());
        Set<String> tables = new TreeSet<>();
        Set<String> keyed = new TreeSet<>();
        manifest.forEach(object -> {
            tables.add(object.table());
            if (object.kind() == Kind.PRIMARY_KEY) {
                keyed.add(object.table());
            }
        });
        assertEquals(tables, keyed);
        assertTrue(tables.containsAll(List.of("party", "party_contact", "party_interest", "party_owner", "campaign")));
    }

    private static SchemaCatalogue catalogue(Set<SchemaObject> objects, Set<SchemaObject> unusable) {
        return new SchemaCatalogue(Set.of("party", "party_contact"), new TreeSet<>(objects), new TreeSet<>(unusable));
    }
}
