package vn.giaymoi.archfixture.web_uses_cli.cli.command;

/** Fixture: a CLI command. */
public final class Command {}
