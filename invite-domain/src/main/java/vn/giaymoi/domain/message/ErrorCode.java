package vn.giaymoi.domain.message;

/**
 * Mã lỗi (error code): the stable code of each value a domain constructor refuses, with the field it belongs to. The
 * message of code {@code X} is the key {@code error.X} of {@link Messages}; the Vietnamese text is shown after each
 * constant. A code is never renamed or reused: integrators match on it.
 */
public enum ErrorCode {
    /** {@code -}: &#123;0&#125; không được để trống */
    BLANK(""),
    /** {@code -}: &#123;0&#125; '&#123;1&#125;' phải bắt đầu bằng https:// hoặc http:// */
    WEB_LINK(""),
    /** {@code -}: &#123;0&#125; '&#123;1&#125;' không có; dùng một trong: &#123;2&#125; */
    UNKNOWN_CODE(""),
    /** {@code text}: Lời văn không được để trống */
    TEXT_BLANK("text"),
    /** {@code text}: đoạn chữ rỗng */
    RUN_EMPTY("text"),
    /** {@code quota.unit}: Đơn vị đếm không được để trống */
    QUANTITY_UNIT_BLANK("quota.unit"),
    /** {@code format}: mẫu định dạng có '&#123;0&#125;' nhưng giá trị không có phần này (ví dụ hạn chỉ có ngày, không có giờ); hãy bỏ '&#123;0&#125;' khỏi chỗ điền hoặc ghi đủ giá trị */
    FORMAT_PART_MISSING("format"),
    /** {@code text}: chỗ điền &#123;&#123;0&#125;&#125; không có; dùng được: &#123;1&#125; */
    PLACEHOLDER_UNKNOWN("text"),
    /** {@code group.level}: thiếu cấp của nhóm thành phần */
    GROUP_LEVEL_MISSING("group.level"),
    /** {@code programme.slots}: chương trình cần ít nhất một mốc thời gian (slots) */
    PROGRAMME_NO_SLOTS("programme.slots"),
    /** {@code programme.slots.from}: thiếu giờ bắt đầu của mốc (from) */
    SLOT_FROM_MISSING("programme.slots.from"),
    /** {@code programme.slots.activity}: Nội dung của mốc (activity) không được để trống */
    SLOT_ACTIVITY_BLANK("programme.slots.activity"),
    /** {@code programme.slots.until}: mốc &#123;0&#125; - &#123;1&#125;: giờ kết thúc phải sau giờ bắt đầu */
    SLOT_ORDER("programme.slots.until"),
    /** {@code requirement.kind}: thiếu loại yêu cầu (kind) */
    REQUIREMENT_KIND_MISSING("requirement.kind"),
    /** {@code requirement.detail}: Nội dung yêu cầu (detail) không được để trống */
    REQUIREMENT_DETAIL_BLANK("requirement.detail"),
    /** {@code requirement.link}: đường dẫn '&#123;0&#125;' phải bắt đầu bằng https:// hoặc http:// */
    REQUIREMENT_LINK("requirement.link"),
    /** {@code agenda}: nội dung họp cần chủ đề (topic) hoặc người trình bày (presenter) */
    AGENDA_EMPTY("agenda"),
    /** {@code -}: mục gộp cần ít nhất hai dữ kiện */
    COMBINED_TOO_FEW(""),
    /** {@code -}: mục gộp không lồng mục gộp */
    COMBINED_NESTED(""),
    /** {@code -}: hai dữ kiện của một mục cùng có chỗ điền &#123;&#123;0&#125;&#125;; tách chúng thành hai mục */
    COMBINED_PLACEHOLDER_TWICE(""),
    /** {@code invitee.units}: Tên đơn vị không được để trống */
    INVITEE_UNIT_BLANK("invitee.units"),
    /** {@code invitee}: thành phần mời cần tên người, chức vụ hoặc đơn vị */
    INVITEE_EMPTY("invitee"),
    /** {@code invitee.quota}: số người cử (quota) phải từ 1: &#123;0&#125; */
    INVITEE_QUOTA("invitee.quota"),
    /** {@code session.date}: thiếu ngày họp */
    SESSION_DATE_MISSING("session.date"),
    /** {@code session.start}: thiếu giờ bắt đầu (start) hoặc buổi (partOfDay: sang, chieu, toi) */
    SESSION_START_MISSING("session.start"),
    /** {@code session.endDate}: ngày kết thúc &#123;0&#125; phải sau ngày bắt đầu &#123;1&#125;; bỏ endDate khi họp trong một ngày */
    SESSION_END_DATE_ORDER("session.endDate"),
    /** {@code session.end}: giờ kết thúc &#123;0&#125; phải sau giờ bắt đầu &#123;1&#125; */
    SESSION_END_ORDER("session.end"),
    /** {@code session.arriveEarlyMinutes}: số phút đến sớm phải từ 0 đến 240: &#123;0&#125; */
    SESSION_ARRIVE_EARLY("session.arriveEarlyMinutes"),
    /** {@code session.partOfDay}: giờ bắt đầu &#123;0&#125; không thuộc buổi &#123;1&#125; */
    SESSION_PART_OF_DAY("session.partOfDay"),
    /** {@code venue.name}: Địa điểm không được để trống */
    VENUE_NAME_BLANK("venue.name"),
    /** {@code venue.link}: đường dẫn họp trực tuyến '&#123;0&#125;' phải bắt đầu bằng https:// hoặc http:// */
    VENUE_LINK("venue.link"),
    /** {@code number.sequence}: số văn bản '&#123;0&#125;' phải là chữ số (tối đa 11), hoặc để trống khi là dự thảo */
    NUMBER_SEQUENCE("number.sequence"),
    /** {@code number.symbol}: Ký hiệu văn bản không được để trống */
    NUMBER_SYMBOL_BLANK("number.symbol"),
    /** {@code number}: Số, ký hiệu không được để trống */
    NUMBER_BLANK("number"),
    /** {@code number}: số, ký hiệu '&#123;0&#125;' cần dấu '/' giữa số và ký hiệu, ví dụ 05/GM-UBND */
    NUMBER_SLASH("number"),
    /** {@code number.sequence}: số văn bản phải từ 1: &#123;0&#125; */
    NUMBER_BELOW_ONE("number.sequence"),
    /** {@code text}: mục cần lời văn (text) */
    POINT_TEXT_MISSING("text"),
    /** {@code place}: Địa danh không được để trống */
    PLACE_BLANK("place"),
    /** {@code date.year}: năm ban hành không hợp lệ: &#123;0&#125; */
    YEAR_RANGE("date.year"),
    /** {@code date}: ngày &#123;0&#125; tháng &#123;1&#125; năm &#123;2&#125; không có trong lịch */
    DATE_NOT_IN_CALENDAR("date"),
    /** {@code date.day}: ngày '&#123;0&#125;' phải là số từ 1 đến 31, hoặc để trống khi là dự thảo */
    DAY_RANGE("date.day"),
    /** {@code date.month}: tháng '&#123;0&#125;' phải là số từ 1 đến 12, hoặc để trống khi là dự thảo */
    MONTH_RANGE("date.month"),
    /** {@code kind}: thiếu loại văn bản (kind) */
    KIND_MISSING("kind"),
    /** {@code issuer}: thiếu cơ quan ban hành (issuer) */
    ISSUER_MISSING("issuer"),
    /** {@code number}: thiếu số, ký hiệu (number) */
    NUMBER_MISSING("number"),
    /** {@code date}: thiếu địa danh, ngày tháng (place/date) */
    DATE_LINE_MISSING("date"),
    /** {@code subject}: thiếu trích yếu (subject) */
    SUBJECT_MISSING("subject"),
    /** {@code signature}: thiếu khối chữ ký (signature) */
    SIGNATURE_MISSING("signature"),
    /** {@code opening.basis.number}: Số văn bản căn cứ không được để trống */
    BASIS_NUMBER_BLANK("opening.basis.number"),
    /** {@code opening.basis.date}: thiếu ngày của văn bản căn cứ */
    BASIS_DATE_MISSING("opening.basis.date"),
    /** {@code opening.text}: thiếu lời văn đoạn mở đầu */
    OPENING_TEXT_MISSING("opening.text"),
    /** {@code issuer.name}: Tên cơ quan ban hành không được để trống */
    ISSUER_NAME_BLANK("issuer.name"),
    /** {@code task.lead}: Đơn vị chủ trì không được để trống */
    TASK_LEAD_BLANK("task.lead"),
    /** {@code task.coordinating}: Đơn vị phối hợp không được để trống */
    TASK_COORDINATING_BLANK("task.coordinating"),
    /** {@code task.deadlines}: thiếu hạn hoàn thành */
    DEADLINE_DATE_MISSING("task.deadlines"),
    /** {@code signature.authority}: thiếu tiền tố quyền hạn */
    AUTHORITY_PREFIX_MISSING("signature.authority"),
    /** {@code signature.authority}: Chức danh sau &#123;0&#125; không được để trống */
    AUTHORITY_SUBJECT_BLANK("signature.authority"),
    /** {@code signature.authority}: Dòng quyền hạn ký không được để trống */
    AUTHORITY_LINE_BLANK("signature.authority"),
    /** {@code signature.authority}: dòng quyền hạn ký '&#123;0&#125;' phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (có dấu chấm), hoặc T/M, K/T, T/L, T/UQ trong văn bản của Đảng */
    AUTHORITY_PREFIX_UNKNOWN("signature.authority"),
    /** {@code signature}: khối chữ ký cần ít nhất một dòng quyền hạn hoặc chức vụ */
    SIGNATURE_EMPTY("signature"),
    /** {@code reason}: Lý do trả lại không được để trống */
    RETURN_REASON_BLANK("reason"),
    /** {@code reason}: Lý do thu hồi không được để trống */
    RECALL_REASON_BLANK("reason"),
    /** {@code series}: sổ đăng ký cần cơ quan và ký hiệu */
    REGISTER_SERIES_BLANK("series"),
    /** {@code -}: chỉ soạn văn bản xử lý cho giấy mời đã ban hành */
    DRAFTING_NOT_ISSUED(""),
    /** {@code text}: lời văn sau khi điền các chỗ &#123;…&#125; dài quá giới hạn &#123;0&#125; ký tự; hãy bớt các chỗ điền lặp lại hoặc tách thành nhiều mục */
    WORDING_TOO_LONG("text"),
    /** {@code marker}: kiểu đánh số '&#123;0&#125;' không có; dùng một trong: &#123;1&#125; */
    MARKER_UNKNOWN("marker"),
    /** {@code lang}: ngôn ngữ '&#123;0&#125;' không có; dùng vi hoặc en */
    LANGUAGE_UNKNOWN("lang"),
    /** {@code text}: chỗ điền &#123;&#123;0&#125;&#125; được dùng quá &#123;1&#125; lần trong một mục; hãy viết lời văn một lần hoặc tách thành nhiều mục */
    PLACEHOLDER_REPEATED("text");

    private final String field;

    ErrorCode(String field) {
        this.field = field;
    }

    /** The field path in the domain's terms ({@code number.sequence}), or empty when it names none. */
    public String field() {
        return field;
    }

    /** The message key: {@code error.} and the code. */
    public String key() {
        return "error." + name();
    }
}
