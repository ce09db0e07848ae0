package vn.giaymoi.sign.verify;

import java.time.Instant;
import vn.giaymoi.sign.cert.ChainStatus;

/**
 * Dấu thời gian (an RFC 3161 timestamp on a signature): its time, the authority's name, whether the token is intact and
 * stamps this signature ({@code valid}), and whether the authority chains to a trusted root.
 */
public record Timestamp(Instant time, String authority, boolean valid, ChainStatus authorityChain) {
    public boolean trusted() {
        return valid && authorityChain instanceof ChainStatus.Trusted;
    }
}
