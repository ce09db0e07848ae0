package vn.giaymoi.importer;

import java.util.List;
import vn.giaymoi.format.dto.InvitationDto;

/**
 * Kết quả nhập (the outcome of an import): the draft in the input format and the report of what stayed as text.
 *
 * @param draft the draft, ready to be written as YAML or JSON
 * @param notes the import report, in the order of the source
 */
public record ImportResult(InvitationDto draft, List<ImportNote> notes) {
    public ImportResult {
        notes = List.copyOf(notes);
    }
}
