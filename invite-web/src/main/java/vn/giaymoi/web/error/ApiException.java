package vn.giaymoi.web.error;

import io.vertx.core.json.JsonArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaymoi.format.InputProblem;

/**
 * Lỗi trả cho người gọi (a problem the caller can fix), carried to {@link ProblemResponder} which writes it as
 * {@code application/problem+json}.
 *
 * @see ProblemResponder
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final transient List<InputProblem> problems;
    private final transient JsonArray findings;
    private final transient Map<String, Object> extra = new LinkedHashMap<>();

    private ApiException(int status, String title, String detail, List<InputProblem> problems, JsonArray findings) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
        this.findings = findings;
    }

    /** 400: the body could not be read as an invitation; each problem says where. */
    public static ApiException badInput(List<InputProblem> problems) {
        String where = problems.size() == 1 ? "Có 1 lỗi" : "Có " + problems.size() + " lỗi";
        return new ApiException(400, "Nội dung gửi lên không hợp lệ",
                where + " trong nội dung gửi lên; xem danh sách problems (dòng, cột, trường) và sửa rồi gửi lại.",
                problems, null);
    }

    /** 400 for a bad parameter or option. */
    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Yêu cầu không hợp lệ", detail, List.of(), null);
    }

    /** 415: the body is neither JSON nor YAML. */
    public static ApiException unsupportedMediaType(String contentType) {
        return new ApiException(415, "Kiểu nội dung không được hỗ trợ",
                "Content-Type '" + (contentType == null ? "" : contentType)
                        + "' không dùng được; hãy gửi application/json hoặc application/yaml.", List.of(), null);
    }

    /** 404: no such invitation (or other resource). */
    public static ApiException notFound(String detail) {
        return new ApiException(404, "Không tìm thấy", detail, List.of(), null);
    }

    /** 401: no valid session or token; the caller logs in or sends {@code Authorization: Bearer …}. */
    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Chưa đăng nhập", detail, List.of(), null);
    }

    /** 429: too many wrong passwords; no login before the time the detail names. */
    public static ApiException locked(String detail) {
        return new ApiException(429, "Tài khoản tạm khóa", detail, List.of(), null);
    }

    /** 403: the caller may not take this step. */
    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Không có quyền", detail, List.of(), null);
    }

    /** 409: the step is not allowed in the invitation's current state, or it changed in between. */
    public static ApiException conflict(String detail) {
        return new ApiException(409, "Không thực hiện được", detail, List.of(), null);
    }

    /** 412: the If-Match version is not the latest; nothing was saved. */
    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "Đã có bản lưu mới hơn", detail, List.of(), null);
    }

    /** 503: every worker of {@code pool} is busy and its queue full; the caller may retry shortly. */
    public static ApiException busy(String pool) {
        return new ApiException(503, "Máy chủ đang bận", "Máy chủ đang xử lý nhiều yêu cầu (" + pool
                + "); hãy thử lại sau ít giây.", List.of(), null);
    }

    /** 503: the request ran past its deadline; its work was cancelled. */
    public static ApiException timeout(java.time.Duration deadline) {
        return new ApiException(503, "Quá thời gian xử lý", "Yêu cầu không xong trong " + deadline.toSeconds()
                + " giây nên đã bị hủy; hãy thử lại, hoặc rút gọn nội dung.", List.of(), null);
    }

    /** The client closed the connection before the answer; nobody reads this, the work is only cancelled. */
    public static ApiException clientLeft() {
        return new ApiException(499, "Người gọi đã ngắt kết nối", "Yêu cầu bị hủy vì người gọi đã ngắt kết nối.",
                List.of(), null);
    }

    /** 422: the rules found errors that block the action; {@code findings} lists them. */
    public static ApiException ruleErrors(String detail, JsonArray findings) {
        return new ApiException(422, "Giấy mời còn lỗi theo Nghị định 30/2020/NĐ-CP", detail, List.of(), findings);
    }

    /** The same problem carrying extra fields for the caller (the current version of a 409 or 412). */
    public ApiException with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    /** Extra fields of the problem body. */
    public Map<String, Object> extra() {
        return extra;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** The findings of a 422, or {@code null}. */
    public JsonArray findings() {
        return findings;
    }
}
