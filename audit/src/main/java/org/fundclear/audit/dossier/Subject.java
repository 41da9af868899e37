package org.fundclear.audit.dossier;

import java.time.LocalDate;
import org.fundclear.audit.finding.SubjectType;

/**
 * Who a case is about, from the register: for a person the name and ID number (personal data: adapters mask them for
 * users without the unmask right), for an institution its name, kind and level. Unknown fields are null.
 */
public record Subject(SubjectType type, String id, String name, String certno, String gender, LocalDate birthDate,
                      String region, String kind, String level) {
}
