package vn.giaymoi.archfixture.package_cycle.web.error;

import vn.giaymoi.archfixture.package_cycle.web.http.Routes;

/** The other half of the cycle. */
public class Problems {
    Routes routes;
}
