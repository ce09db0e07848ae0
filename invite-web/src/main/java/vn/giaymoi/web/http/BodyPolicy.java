package vn.giaymoi.web.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.web.error.ApiException;

/**
 * Quy tắc nội dung gửi lên (what a request body may be), before any handler reads it: the media type is exactly
 * JSON or YAML ({@code application/jsonp} is not JSON; a form or multipart body is 415), with no charset but
 * UTF-8; and a JSON body names each key once (a repeated key would silently keep only its last value). A route that
 * reads a file (a PDF to verify) names its own media types.
 */
public final class BodyPolicy implements Handler<RoutingContext> {
    /** The media types the API reads, without parameters. */
    public static final Set<String> READABLE = Set.of("application/json", "application/yaml", "application/x-yaml",
            "text/yaml");

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, Set<String>> filesByPath;

    /** @param filesByPath the paths whose body is a file, and the media types each takes instead of JSON or YAML */
    public BodyPolicy(Map<String, Set<String>> filesByPath) {
        this.filesByPath = Map.copyOf(filesByPath);
    }

    /**
     * Refuses a form or multipart body with 415 before the body handler reads it: reading one, Netty's form decoder
     * fails on a long field, which answered 500 (found by the API fuzz test). Mounted ahead of the body handler.
     */
    public static void refuseForms(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        String type = contentType == null ? "" : mediaType(contentType);
        if (type.equals("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            ctx.fail(ApiException.unsupportedMediaType(contentType));
        } else {
            ctx.next();
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        String contentType = ctx.request().getHeader("Content-Type");
        boolean hasBody = body != null && body.length() > 0;
        if (!hasBody && contentType == null) {
            ctx.next();
            return;
        }
        String type = mediaType(contentType);
        Set<String> files = filesByPath.get(ctx.request().path());
        if (files != null) {
            if (files.contains(type)) ctx.next();
            else ctx.fail(ApiException.unsupportedMediaType(contentType));
            return;
        }
        if (!READABLE.contains(type) || !utf8(contentType)) {
            ctx.fail(ApiException.unsupportedMediaType(contentType));
            return;
        }
        if (hasBody && type.equals("application/json")) {
            String duplicate = duplicateKey(body);
            if (duplicate != null) {
                ctx.fail(ApiException.badInput(List.of(new InputProblem("<nội dung>", "", 0, 0, duplicate))));
                return;
            }
        }
        ctx.next();
    }

    /** {@code application/json} from {@code Application/JSON; charset=utf-8}; empty when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean utf8(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String charset = p.substring("charset=".length()).replace("\"", "");
                return charset.equals("utf-8") || charset.equals("utf8");
            }
        }
        return true;
    }

    /** The message for the first key a JSON object repeats, or null; syntax errors are left to the reader. */
    private static String duplicateKey(Buffer body) {
        try (JsonParser p = STRICT.createParser(body.getBytes())) {
            while (p.nextToken() != null) {
                // reading is the check
            }
            return null;
        } catch (JsonProcessingException e) {
            String reason = String.valueOf(e.getOriginalMessage());
            if (!reason.startsWith("Duplicate field")) return null;
            String key = reason.replaceAll("(?s).*'([^']*)'.*", "$1");
            return "dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr() + ": khóa '" + key
                    + "' được ghi hai lần trong cùng một khối; hãy gộp lại thành một";
        } catch (IOException e) {
            return null;
        }
    }
}
