package vn.giaymoi.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.InMemoryAccountStore;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.web.testing.TestServer;

/** The first start: admin with every role in the first organisation, named after the samples; no default password. */
class FirstStartTest {
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final AccountService service = new AccountService(accounts, TestServer.HASHER, TestServer.CLOCK);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger(FirstStart.class)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(FirstStart.class)).detachAppender(log);
    }

    private String logged() {
        return String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void without_the_variable_a_random_password_is_printed_once_and_opens_the_admin_account() {
        Account admin = FirstStart.run(service, new InvitationFormat(), null).orElseThrow();

        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(admin.installationAdmin()).isTrue();
        assertThat(admin.organisation()).isEqualTo(OrganisationId.FIRST);
        var first = accounts.organisation(OrganisationId.FIRST).orElseThrow();
        assertThat(first.name()).isEqualTo(SampleLoader.firstIssuer(new InvitationFormat()).orElseThrow())
                .isNotEqualTo("Cơ quan");
        assertThat(first.approvalRequired()).isTrue();
        assertThat(first.selfApprovalAllowed()).isTrue();

        String password = logged().replaceAll("(?s).*mật khẩu (\\S+) \\(chỉ in một lần.*", "$1");
        assertThat(password).hasSize(20);
        assertThat(service.login("admin", password)).isInstanceOf(AccountService.Login.Ok.class);

        assertThat(FirstStart.run(service, new InvitationFormat(), null)).as("never a second time").isEmpty();
        assertThat(log.list).hasSize(1);
    }

    @Test
    void the_variables_password_is_used_and_never_printed_and_a_weak_one_is_refused() {
        assertThatThrownBy(() -> FirstStart.run(service, new InvitationFormat(), "123456"))
                .hasMessageContaining("GIAYMOI_ADMIN_PASSWORD").hasMessageContaining("ít nhất 10 ký tự");
        assertThat(accounts.userCount()).isZero();

        Optional<Account> admin = FirstStart.run(service, new InvitationFormat(), "một câu mật khẩu dài");
        assertThat(admin).isPresent();
        assertThat(logged()).doesNotContain("một câu mật khẩu dài");
        assertThat(service.login("admin", "một câu mật khẩu dài")).isInstanceOf(AccountService.Login.Ok.class);
        assertThat(service.login("admin", "admin")).isInstanceOf(AccountService.Login.Wrong.class);
    }
}
