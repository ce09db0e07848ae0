package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.recipient.Contact;
import vn.giaymoi.domain.sending.Recipient;
import vn.giaymoi.domain.sending.Recipients;

/** Recipients' contacts in the input file: read, written back, located errors, and old files unchanged. */
class ContactsFormatTest {
    private static final Path FILE = Path.of("src/test/resources/contacts/seed-001-contacts.yaml");
    private final InvitationFormat format = new InvitationFormat();

    private Invitation read(Path file) {
        return format.read(file).fold(i -> i, p -> {
            throw new AssertionError(p.toString());
        });
    }

    @Test
    void contacts_of_a_person_of_units_and_of_a_distribution_line_are_read() {
        Invitation inv = read(FILE);
        Invitee chair = inv.meeting().chair().orElseThrow();
        assertThat(chair.contacts()).containsExactly(new Contact(null, "dtthang@hatinh.gov.vn", "0239 3855 001"));
        assertThat(inv.distribution().contacts()).containsExactly(new Contact("Trung tâm CB-TH", "congbao@hatinh.gov.vn", null));
        List<Recipient> recipients = Recipients.of(inv);
        assertThat(recipients).extracting(Recipient::name, Recipient::email, Recipient::phone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dương Tất Thắng", "dtthang@hatinh.gov.vn", "0239 3855 001"),
                org.assertj.core.groups.Tuple.tuple("VNPT Hà Tĩnh", "vanphong@vnpt-hatinh.vn", null),
                org.assertj.core.groups.Tuple.tuple("Viettel Hà Tĩnh", null, "0239 6250 000"),
                org.assertj.core.groups.Tuple.tuple("Trung tâm CB-TH", "congbao@hatinh.gov.vn", null));
        assertThat(recipients.get(1).unit()).isEqualTo("VNPT Hà Tĩnh");
        assertThat(recipients.get(2).reachable()).isFalse();
    }

    @Test
    void contacts_change_nothing_printed_and_survive_a_round_trip() {
        Invitation with = read(FILE);
        Invitation without = read(Path.of("..", "examples", "seed-001.yaml"));
        assertThat(texts(with.body())).isEqualTo(texts(without.body()));
        assertThat(with.distribution().entries()).isEqualTo(without.distribution().entries());
        for (Syntax syntax : Syntax.values()) {
            assertThat(format.read(format.write(with, syntax), syntax, "x")).isEqualTo(new Parsed.Ok(with));
        }
    }

    private static List<String> texts(List<vn.giaymoi.domain.invitation.Point> points) {
        List<String> out = new java.util.ArrayList<>();
        for (var p : points) {
            out.add(p.marker() + " " + p.text());
            out.addAll(texts(p.points()));
        }
        return out;
    }

    @Test
    void old_files_write_no_contacts_key() throws Exception {
        for (Path example : Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml")).toList()) {
            Invitation inv = read(example);
            assertThat(Recipients.of(inv)).as(example.toString()).isEmpty();
            assertThat(format.write(inv, Syntax.YAML)).as(example.toString()).doesNotContain("contacts");
        }
    }

    @Test
    void a_bad_address_is_refused_where_it_is_written() throws Exception {
        String yaml = Files.readString(FILE).replace("vanphong@vnpt-hatinh.vn", "vanphong at vnpt-hatinh.vn");
        String problems = ((Parsed.Failed) format.read(yaml, Syntax.YAML, "x.yaml")).problems().toString();
        assertThat(problems).contains("body[2].points[2].invitee.contacts[0]").contains("line=61")
                .contains("không phải một địa chỉ thư điện tử");
    }

    @Test
    void a_line_break_in_an_address_cannot_add_a_mail_header() throws Exception {
        String yaml = Files.readString(FILE).replace("vanphong@vnpt-hatinh.vn", "\"vanphong@vnpt.vn\\r\\nBcc: x@y.vn\"");
        String problems = ((Parsed.Failed) format.read(yaml, Syntax.YAML, "x.yaml")).problems().toString();
        assertThat(problems).contains("invitee.contacts[0].email").contains("U+000D");
    }

    @Test
    void a_contact_for_a_unit_the_invitee_does_not_name_is_refused() throws Exception {
        String yaml = Files.readString(FILE).replace("{name: VNPT Hà Tĩnh,", "{name: Sở Y tế,");
        Parsed p = format.read(yaml, Syntax.YAML, "x.yaml");
        assertThat(((Parsed.Failed) p).problems().toString()).contains("Sở Y tế").contains("không khớp");
    }

    @Test
    void a_contact_for_a_line_nơi_nhận_lacks_is_refused() throws Exception {
        String yaml = Files.readString(FILE).replace("{name: Trung tâm CB-TH,", "{name: Sở Xây dựng,");
        Parsed p = format.read(yaml, Syntax.YAML, "x.yaml");
        assertThat(((Parsed.Failed) p).problems().toString()).contains("Sở Xây dựng").contains("Nơi nhận");
    }
}
