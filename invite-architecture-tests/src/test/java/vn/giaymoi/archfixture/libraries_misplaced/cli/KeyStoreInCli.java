package vn.giaymoi.archfixture.libraries_misplaced.cli;

/** Violates the key store and PKCS#11 confinement (sign only): a command must not open key stores itself. */
public final class KeyStoreInCli {
    private java.security.KeyStore keys;
}
