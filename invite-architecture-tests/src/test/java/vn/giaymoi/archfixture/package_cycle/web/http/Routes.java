package vn.giaymoi.archfixture.package_cycle.web.http;

import vn.giaymoi.archfixture.package_cycle.web.error.Problems;

/** Breaks no_cycles_between_packages: http -> error -> http, inside one module. */
public class Routes {
    Problems problems;
}
