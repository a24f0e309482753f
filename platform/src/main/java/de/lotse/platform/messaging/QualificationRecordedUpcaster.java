package de.lotse.platform.messaging;

import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stored {@link QualificationRecorded} of revision 1 as revision 2 by adding its kind:
 * while revision 1 was written, Lotse recorded vocational qualifications only. The sealed title
 * passes through untouched.
 */
class QualificationRecordedUpcaster extends NextRevisionUpcaster {

    QualificationRecordedUpcaster() {
        super(QualificationRecorded.class, "1", "2");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload) {
        return payload.put("kind", QualificationKind.VOCATIONAL.name());
    }
}
