/**
 * 4. Nơi gửi, nơi nhận (addressees and recipients): Kính gửi (ô 9a) and Nơi nhận (ô 9b), ending with the archive
 * line {@code Lưu: VT, …}. Next: {@link vn.giaymoi.domain.text}.
 */
package vn.giaymoi.domain.recipient;
