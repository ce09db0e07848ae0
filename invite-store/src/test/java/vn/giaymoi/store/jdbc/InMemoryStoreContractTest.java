package vn.giaymoi.store.jdbc;

import org.junit.jupiter.api.BeforeEach;
import vn.giaymoi.application.port.out.InMemoryAccountStore;
import vn.giaymoi.application.port.out.InMemoryInvitationStore;

/** The store contract on the tests' in-memory store (domain test-jar): the fake the web tests use obeys it too. */
class InMemoryStoreContractTest extends StoreContract {
    @BeforeEach
    void emptyStore() {
        store = new InMemoryInvitationStore();
        accounts = new InMemoryAccountStore();
    }
}
