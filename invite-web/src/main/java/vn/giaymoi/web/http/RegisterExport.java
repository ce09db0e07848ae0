package vn.giaymoi.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.application.service.RegisterEntry;
import vn.giaymoi.render.register.RegisterWorkbook;
import vn.giaymoi.web.error.ApiException;

/**
 * Sổ đăng ký văn bản đi (the outgoing register, NĐ 30/2020/NĐ-CP, Điều 16; Phụ lục IV) as JSON, CSV (UTF-8 with a
 * byte-order mark, so Excel reads the Vietnamese letters) or XLSX. Runs on the worker pool.
 */
final class RegisterExport {
    private RegisterExport() {}

    /** The columns, in the register's order. */
    static final List<String> HEADER = List.of("Số, ký hiệu", "Ngày ban hành", "Tên loại", "Trích yếu", "Người ký",
            "Tình trạng");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CsvMapper CSV = new CsvMapper();

    /** An export and its media type. */
    record Document(String mediaType, byte[] bytes) {}

    /** The three forms of the register. */
    enum Kind {
        JSON("json", "application/json; charset=utf-8"),
        CSV("csv", "text/csv; charset=utf-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Kind(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        String extension() {
            return extension;
        }

        static Kind of(String text) {
            if (text == null || text.isBlank()) return JSON;
            for (Kind k : values()) if (k.extension.equals(text.strip().toLowerCase(Locale.ROOT))) return k;
            throw ApiException.badRequest("Định dạng sổ '" + text + "' không có; dùng json, csv hoặc xlsx.");
        }
    }

    static Document write(List<RegisterEntry> entries, int year, Kind kind) {
        return switch (kind) {
            case JSON -> new Document(kind.mediaType, json(entries, year).encodePrettily().getBytes(StandardCharsets.UTF_8));
            case CSV -> new Document(kind.mediaType, csv(entries));
            case XLSX -> new Document(kind.mediaType, RegisterWorkbook.xlsx("Sổ văn bản đi " + year, HEADER,
                    entries.stream().map(e -> List.<Object>of(e.number(), e.date(), e.kind(), e.subject(),
                            e.signer(), e.statusVi())).toList()));
        };
    }

    private static JsonObject json(List<RegisterEntry> entries, int year) {
        JsonArray items = new JsonArray();
        for (RegisterEntry e : entries) {
            JsonObject item = new JsonObject().put("id", e.id().toString()).put("number", e.number())
                    .put("date", e.date().toString()).put("kind", e.kind()).put("subject", e.subject())
                    .put("signer", e.signer()).put("status", ApiJson.status(e.status())).put("statusText", e.statusVi());
            if (e.reason() != null) item.put("reason", e.reason());
            if (e.supersededBy() != null) {
                item.put("supersededBy", new JsonObject().put("id", e.supersededBy().id().toString())
                        .put("number", e.supersededBy().number()).put("type", e.supersededBy().kind().wire()));
            }
            items.add(item);
        }
        return new JsonObject().put("year", year).put("count", entries.size()).put("items", items);
    }

    private static byte[] csv(List<RegisterEntry> entries) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        HEADER.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            rows.add(List.of(e.number(), DAY.format(e.date()), e.kind(), e.subject(), e.signer(), e.statusVi()));
        }
        try {
            String text = CSV.writer(schema.build()).writeValueAsString(rows);
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
