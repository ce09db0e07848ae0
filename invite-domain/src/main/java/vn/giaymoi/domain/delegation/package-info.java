/**
 * 3. Thẩm quyền ký (signing authority): the signature block (ô 7) as
 * {@link vn.giaymoi.domain.delegation.SigningAuthority} — authority lines such as {@code KT. GIÁM ĐỐC}
 * ({@link vn.giaymoi.domain.delegation.AuthorityLine}; Decree 30/2020/NĐ-CP, Phụ lục I, mục II.7), the title and
 * the signer — and a task given to a unit ({@link vn.giaymoi.domain.delegation.Assignment}).
 * Next: {@link vn.giaymoi.domain.recipient}.
 */
package vn.giaymoi.domain.delegation;
