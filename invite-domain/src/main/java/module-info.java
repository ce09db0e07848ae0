/**
 * The giaymoi domain: the invitation model of Decree 30/2020/NĐ-CP (Giấy mời, Mẫu 1.7; Công văn, Mẫu 1.5; …), its
 * rules, its lifecycle and the ports of the use cases. Plain Java: it reads only {@code java.base}.
 *
 * <p>Start with {@link vn.giaymoi.domain.invitation}. Every exported package is API; classes that are not meant to be
 * used outside stay package-private (most rule classes), so there is no internal package to hide.
 */
module vn.giaymoi.domain {
    exports vn.giaymoi.domain.invitation;
    exports vn.giaymoi.domain.meeting;
    exports vn.giaymoi.domain.delegation;
    exports vn.giaymoi.domain.recipient;
    exports vn.giaymoi.domain.text;
    exports vn.giaymoi.domain.rules;
    exports vn.giaymoi.domain.message;
    exports vn.giaymoi.domain.lifecycle;
    exports vn.giaymoi.domain.profile;
    exports vn.giaymoi.domain.sending;
    exports vn.giaymoi.application.port.out;
    exports vn.giaymoi.application.service;
}
