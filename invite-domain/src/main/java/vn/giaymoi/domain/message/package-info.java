/**
 * 7. Thông điệp (messages, and errors as data): every rule title and message and every
 * {@link vn.giaymoi.domain.message.ErrorCode} is a key of {@code giaymoi-messages/messages_<language>.properties};
 * an {@link vn.giaymoi.domain.message.InvalidValueException} carries the code, the field and the rejected value, so a
 * caller shows the message in its reader's language or reacts to the code. A team adds a language or rewords a
 * message with a properties file on the class path ({@link vn.giaymoi.domain.message.Messages}).
 * Next: {@link vn.giaymoi.domain.lifecycle}.
 */
package vn.giaymoi.domain.message;
