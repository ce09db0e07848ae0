/**
 * 3. Thẩm quyền ký (signing authority): the signature block (ô 7) as
 * {@link vn.giaymoi.domain.delegation.SigningAuthority} — authority lines such as {@code KT. GIÁM ĐỐC}
 * ({@link vn.giaymoi.domain.delegation.AuthorityLine}; Decree 30/2020/NĐ-CP, Phụ lục I, mục II.7), the title and
 * the signer. A task given to a unit is a fact of the meeting ({@link vn.giaymoi.domain.meeting.Assignment}).
 * Next: {@link vn.giaymoi.domain.recipient}.
 */
package vn.giaymoi.domain.delegation;
