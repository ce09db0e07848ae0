package vn.giaymoi.archfixture.cli_uses_web.web.http;

/** Fixture: a web route table. */
public final class Routes {}
