/**
 * 9. Cổng ra (outgoing ports): what the use cases need from outside.
 * {@link vn.giaymoi.application.port.out.InvitationStore} keeps versions, states and the register; its expected
 * refusals are {@link vn.giaymoi.application.port.out.StoreRefusal}s. The store module implements it (SQLite,
 * PostgreSQL); an integrator may implement it too. Next: {@link vn.giaymoi.application.service}.
 */
package vn.giaymoi.application.port.out;
