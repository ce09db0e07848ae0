package vn.giaymoi.domain.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bảng dữ liệu (a data table of the rules): a UTF-8 TSV resource next to this class, {@code #} lines being its
 * header (source and date), so that a change of law or of the registry is a data change.
 */
final class Tsv {
    private Tsv() {}

    /** The rows of {@code resource}, each split at tabs, blank and {@code #} lines left out. */
    static List<String[]> read(String resource) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("thiếu tệp dữ liệu " + resource + " trong invite-domain");
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được " + resource, e);
        }
    }
}
