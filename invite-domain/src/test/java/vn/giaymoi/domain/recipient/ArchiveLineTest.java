package vn.giaymoi.domain.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveLineTest {
    private static ArchiveLine parse(String entry) {
        return ArchiveLine.parse(entry).orElseThrow();
    }

    @Test
    void reads_keepers_and_the_final_period() {
        ArchiveLine a = parse("Lưu: VT, HC (2).");
        assertThat(a.keepers()).containsExactly("VT", "HC (2)");
        assertThat(a.endsWithPeriod()).isTrue();
        assertThat(a.drafterMark()).isNull();
        assertThat(a.copiesIssued()).isEmpty();
    }

    @Test
    void reads_box_12_after_the_archive_part() {
        ArchiveLine a = parse("Lưu: VT, TCCB (2). PL.(300).");
        assertThat(a.keepers()).containsExactly("VT", "TCCB (2)");
        assertThat(a.drafterMark()).isEqualTo("PL.(300)");
        assertThat(a.copiesIssued()).contains(300);
        assertThat(a.drafterMarkWellFormed()).isTrue();
        assertThat(a.endsWithPeriod()).isTrue();
    }

    @Test
    void the_records_office_alone_followed_by_box_12_still_keeps_a_copy() {
        ArchiveLine a = parse("Lưu: VT. NTL.(30).");
        assertThat(a.keepers()).containsExactly("VT");
        assertThat(a.keptByRecordsOffice()).isTrue();
    }

    @Test
    void a_drafter_mark_in_lower_case_is_not_well_formed() {
        assertThat(parse("Lưu: VT, TH. pl.(300).").drafterMarkWellFormed()).isFalse();
        assertThat(parse("Lưu: VT, TH(Hg).").drafterMark()).isNull();
    }
}
