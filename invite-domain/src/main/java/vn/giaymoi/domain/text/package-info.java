/**
 * 5. Văn bản (text): the wording as the author wrote it ({@link vn.giaymoi.domain.text.RichText}, NFC, with bold
 * and italic marks), placeholders filled from typed facts ({@link vn.giaymoi.domain.text.Wording}) and the
 * Vietnamese calendar words. Next: {@link vn.giaymoi.domain.rules}.
 */
package vn.giaymoi.domain.text;
