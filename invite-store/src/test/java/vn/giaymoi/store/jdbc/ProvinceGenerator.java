package vn.giaymoi.store.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * Sinh dữ liệu cấp tỉnh (province data generator), not a test: fills a migrated PostgreSQL database with
 * {@code count} invitations of {@code organisations} organisations (UBND tỉnh, its sở, its xã and phường) through
 * {@code COPY}, each a real document of the format built from one of {@code examples/*.yaml} with its own issuer,
 * number, subject, signer, contact person, issue and meeting dates; 82 % issued (numbered in date order per
 * register series, the register rows written to match), 8 % approved (what the register load issues), 7 % drafts,
 * 3 % submitted. One version per invitation. The data is written in rounds, each a slice of every organisation's
 * dates, so that a run stopped between rounds leaves a whole province; the indexes are kept up to date
 * throughout, but for the full-text index, built once at the end.
 *
 * <p>Run by {@code bench/province-scale.sh}: {@code ProvinceGenerator URL USER PASSWORD COUNT ORGANISATIONS EXAMPLES}.
 */
public final class ProvinceGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceGenerator.class);
    private static final String PROVINCE = "Hà Tĩnh";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'");

    private static final String[] SO = {"NỘI VỤ:SNV", "TÀI CHÍNH:STC", "XÂY DỰNG:SXD", "Y TẾ:SYT",
        "GIÁO DỤC VÀ ĐÀO TẠO:SGDĐT", "NÔNG NGHIỆP VÀ MÔI TRƯỜNG:SNNMT", "CÔNG THƯƠNG:SCT", "TƯ PHÁP:STP",
        "KHOA HỌC VÀ CÔNG NGHỆ:SKHCN", "VĂN HÓA, THỂ THAO VÀ DU LỊCH:SVHTTDL", "DÂN TỘC VÀ TÔN GIÁO:SDTTG",
        "NGOẠI VỤ:SNgV", "THANH TRA TỈNH:TTr", "VĂN PHÒNG UBND TỈNH:VP", "BAN QUẢN LÝ KHU KINH TẾ TỈNH:BQLKKT",
        "SỞ GIAO THÔNG VẬN TẢI:SGTVT", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG:BQLDA", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH:PTTH",
        "TRƯỜNG CHÍNH TRỊ:TCT"};
    private static final String[] FIRST = {"Cẩm", "Thạch", "Đức", "Hương", "Kỳ", "Nghi", "Can", "Lộc", "Vũ", "Hồng",
        "Thiên", "Xuân", "Sơn", "Tân", "Phúc", "Hòa", "An", "Bình", "Trung", "Quang", "Yên", "Thanh", "Mỹ", "Gia",
        "Hải", "Long", "Minh", "Đông", "Tây", "Nam"};
    private static final String[] SECOND = {"Xuyên", "Hà", "Thọ", "Khê", "Anh", "Xuân", "Lộc", "Quang", "Hồng",
        "Lĩnh", "Cầm", "Tiến", "Thành", "Phú", "Mỹ", "Long", "Trạch", "Lạc", "Hưng", "Sơn"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Thái", "Hà", "Lương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân",
        "Thị Thu", "Công", "Đình", "Hồng", "Kim", "Trọng"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hùng", "Lan", "Long",
        "Mai", "Nam", "Ngọc", "Phong", "Quang", "Sơn", "Tâm", "Thành", "Thảo", "Trang", "Tuấn", "Vinh", "Yến", "Huy",
        "Khánh", "Linh", "Phương", "Quỳnh", "Tùng", "Việt"};
    private static final String[] SUBJECT = {"Hội nghị sơ kết công tác %s 6 tháng đầu năm %d",
        "Hội nghị tổng kết công tác %s năm %d", "Họp bàn triển khai kế hoạch %s năm %d",
        "Dự họp góp ý dự thảo đề án %s giai đoạn %d–2030", "Tập huấn nghiệp vụ %s năm %d",
        "Họp giao ban công tác %s tháng %2$d", "Hội thảo khoa học về %s năm %d",
        "Họp thẩm định hồ sơ %s đợt %2$d", "Kiểm tra tình hình thực hiện nhiệm vụ %s năm %d",
        "Hội nghị triển khai nhiệm vụ %s năm %d", "Tọa đàm về %s năm %d"};
    private static final String[] TOPIC = {"chuyển đổi số", "cải cách hành chính", "phòng, chống thiên tai",
        "xây dựng nông thôn mới", "giải phóng mặt bằng", "thu ngân sách nhà nước", "phòng, chống dịch bệnh",
        "bảo vệ môi trường", "quản lý đất đai", "an toàn giao thông", "giảm nghèo bền vững", "thi đua, khen thưởng",
        "tuyển sinh đầu cấp", "đầu tư công", "quy hoạch sử dụng đất", "văn hóa cơ sở", "an ninh trật tự",
        "tiếp công dân", "chính quyền số", "sắp xếp đơn vị hành chính"};

    private final InvitationFormat format = new InvitationFormat();
    private final List<Invitation> templates;
    private final Map<String, int[]> registers = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> registerDates = new ConcurrentHashMap<>();

    private ProvinceGenerator(List<Invitation> templates) {
        this.templates = templates;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int count = Integer.parseInt(args[3]);
        int organisations = Integer.parseInt(args[4]);
        List<Invitation> templates = readExamples(Path.of(args[5]));
        try (Database db = Database.open(url, user, password)) {
            LOG.info("schema migrated; {} templates", templates.size());
        }
        String wordsIndex = dropWordsIndex(url, user, password);
        ProvinceGenerator generator = new ProvinceGenerator(templates);
        List<Issuer> issuers = organisations(organisations);
        List<Organisation> orgs = new ArrayList<>();
        for (int o = 0; o < organisations; o++) {
            orgs.add(new Organisation(issuers.get(o), o, count / organisations + (o < count % organisations ? 1 : 0)));
        }
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (id, name, approval_required,"
                        + " self_approval_allowed, created_at) VALUES (?, ?, TRUE, TRUE, CURRENT_TIMESTAMP)")) {
            for (Organisation org : orgs) {
                ps.setObject(1, org.id);
                ps.setString(2, org.issuer.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int threads = Integer.parseInt(System.getProperty("threads", "4"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "20"));
        long started = System.nanoTime();
        long written = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // round r writes every organisation's invitations of the r-th slice of its dates: whatever rounds are
            // committed form a whole province with consistent registers, should the run be stopped
            for (int round = 0; round < rounds; round++) {
                int r = round;
                List<Future<Integer>> done = new ArrayList<>();
                for (Organisation org : orgs) {
                    done.add(pool.submit(() -> {
                        try (Connection c = DriverManager.getConnection(url, user, password)) {
                            return generator.write(c, org, r, rounds);
                        }
                    }));
                }
                for (Future<Integer> f : done) written += f.get();
                LOG.info("round {}/{}: {} invitations written in {} s", r + 1, rounds, written,
                        (System.nanoTime() - started) / 1_000_000_000);
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.info("wrote {} invitations of {} organisations in {} s (the other indexes kept up to date)", written,
                organisations, (System.nanoTime() - started) / 1_000_000_000);
        long indexing = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute(wordsIndex);
            LOG.info("full-text index built in {} s", (System.nanoTime() - indexing) / 1_000_000_000);
            s.execute("VACUUM ANALYZE invitation");
            s.execute("VACUUM ANALYZE invitation_version");
        }
        LOG.info("generated {} invitations of {} organisations in {} s", written, organisations,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * Drops the full-text index of V8.1 for the load and returns its definition: building it once at the end costs a
     * fraction of keeping it up to date row by row (a province moving its archive in would do the same).
     */
    private static String dropWordsIndex(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes"
                        + " WHERE indexname = 'invitation_version_words_ix'")) {
            if (!rs.next()) throw new IllegalStateException("no invitation_version_words_ix: is V8.1 applied?");
            String definition = rs.getString(1);
            s.execute("DROP INDEX invitation_version_words_ix");
            return definition;
        }
    }

    /** One organisation: its issuer, its random source, its issue dates in order, signers and documents. */
    private static final class Organisation {
        /** Its row in {@code organisation}; the first organisation (…0001) is left to the installation. */
        final java.util.UUID id;
        final Issuer issuer;
        final Random random;
        final List<LocalDate> dates = new ArrayList<>();
        final String[] signers;
        final Map<Integer, Base> bases = new java.util.HashMap<>();

        Organisation(Issuer issuer, int index, int share) {
            this.id = new java.util.UUID(0x70726f76696e6365L, index + 2);
            this.issuer = issuer;
            this.random = new Random(index * 7919L + 17);
            LocalDate first = LocalDate.of(2024, 1, 2);
            int days = (int) (LocalDate.of(2026, 11, 28).toEpochDay() - first.toEpochDay());
            for (int i = 0; i < share; i++) dates.add(first.plusDays(random.nextInt(days + 1)));
            dates.sort(Comparator.naturalOrder());
            signers = new String[] {name(random), name(random), name(random)};
        }
    }

    private static List<Invitation> readExamples(Path folder) throws IOException {
        InvitationFormat format = new InvitationFormat();
        List<Invitation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (format.read(f) instanceof Parsed.Ok ok && !ok.invitation().meeting().sessions().isEmpty()
                        && ok.invitation().format() == vn.giaymoi.domain.invitation.DocumentFormat.STATE) {
                    out.add(Drafting.copyAsDraft(ok.invitation(), 2026));
                }
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no example with a meeting in " + folder);
        return out;
    }

    /** UBND tỉnh, its sở and ban, then xã and phường with names of two syllables. */
    private static List<Issuer> organisations(int n) {
        List<Issuer> out = new ArrayList<>();
        out.add(new Issuer(null, "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "UBND", AdministrativeLevel.PROVINCE, PROVINCE));
        for (String so : SO) {
            String[] parts = so.split(":");
            String name = parts[0].startsWith("SỞ ") || parts[0].startsWith("BAN ") || parts[0].startsWith("THANH")
                    || parts[0].startsWith("VĂN") || parts[0].startsWith("ĐÀI") || parts[0].startsWith("TRƯỜNG")
                    ? parts[0] : "SỞ " + parts[0];
            out.add(new Issuer("UBND TỈNH HÀ TĨNH", name, parts[1], AdministrativeLevel.PROVINCE, PROVINCE));
        }
        for (int i = 0; out.size() < n; i++) {
            String place = FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length) % SECOND.length];
            String unit = i % 4 == 3 ? "PHƯỜNG " : "XÃ ";
            out.add(new Issuer(null, "ỦY BAN NHÂN DÂN\n" + unit + place.toUpperCase(java.util.Locale.ROOT), "UBND",
                    AdministrativeLevel.COMMUNE, PROVINCE));
        }
        return out.subList(0, n);
    }

    private static String name(Random r) {
        return FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)];
    }

    /**
     * One organisation's invitations, numbered in the order of their issue dates, copied in one COPY per table. Each
     * template is written through the format once per organisation with marker values (subject, signer, contact,
     * number, dates); a row replaces the markers in that document and in its searchable text, so that a million
     * documents cost string replacements, not a million runs of the format's writer.
     */
    private int write(Connection c, Organisation org, int round, int rounds) throws SQLException, IOException {
        Random r = org.random;
        Issuer issuer = org.issuer;
        String[] signers = org.signers;
        Map<Integer, Base> bases = org.bases;
        List<LocalDate> dates = org.dates.subList(org.dates.size() * round / rounds,
                org.dates.size() * (round + 1) / rounds);
        Map<String, int[]> touched = new java.util.HashMap<>();
        StringBuilder heads = new StringBuilder();
        StringBuilder versions = new StringBuilder();
        for (LocalDate issueDate : dates) {
            int template = r.nextInt(templates.size());
            int roll = r.nextInt(100);
            Status status = roll < 82 ? Status.ISSUED : roll < 90 ? Status.APPROVED : roll < 97 ? Status.DRAFT
                    : Status.SUBMITTED;
            boolean issued = status == Status.ISSUED;
            Base base = bases.computeIfAbsent(template * 2 + (issued ? 1 : 0), k -> base(issuer, k / 2, k % 2 == 1));
            String number = "";
            if (issued) {
                String key = base.columns.issuer() + "\u0001" + base.columns.symbol() + "\u0001" + issueDate.getYear();
                int[] counter = registers.computeIfAbsent(key, k -> new int[1]);
                int n = ++counter[0];
                registerDates.put(key, issueDate);
                touched.put(key, counter);
                number = new DocumentNumber(null, base.columns.symbol()).withNumber(n).sequence();
            }
            String subject = String.format(SUBJECT[r.nextInt(SUBJECT.length)], TOPIC[r.nextInt(TOPIC.length)],
                    issueDate.getYear());
            LocalDate meeting = issueDate.plusDays(2 + r.nextInt(20));
            Row row = new Row(subject, signers[r.nextInt(signers.length)], name(r),
                    "0239.38" + (10_000 + r.nextInt(90_000)), number, issued ? issueDate : null, issueDate.getYear(),
                    meeting);
            UUID id = UUID.randomUUID();
            String saved = TIME.format(LocalDateTime.of(issueDate, java.time.LocalTime.of(1, 0))
                    .plusSeconds(r.nextInt(9 * 3600)).plusNanos(r.nextInt(1_000_000) * 1000L).atOffset(ZoneOffset.UTC));
            String json = row.fill(base.json, false);
            String words = row.fill(base.columns.searchText(), true);
            if (round == 0 && heads.length() < 600) check(json, words, row, status); // first rows of each organisation
            csv(heads, id, org.id, 1, status.name(), "f", saved, saved);
            csv(versions, id, 1, status.name(), saved, json, subject, SearchColumns.fold(subject),
                    base.columns.issuer(), base.columns.symbol(), number, row.issueDate, meeting, base.columns.kind(),
                    words, SearchText.tokens(words));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        c.setAutoCommit(false);
        copy.copyIn("COPY invitation (id, organisation_id, current_version, status, deleted, created_at, updated_at)"
                + " FROM STDIN (FORMAT csv)", new StringReader(heads.toString()));
        copy.copyIn("COPY invitation_version (invitation_id, version, status, saved_at, document, subject,"
                + " subject_search, issuer, symbol, doc_number, issue_date, meeting_date, kind, search_text,"
                + " search_words)"
                + " FROM STDIN (FORMAT csv)", new StringReader(versions.toString()));
        writeRegisters(c, org.id, touched);
        c.commit();
        return dates.size();
    }

    /** Reads a generated document back and compares its columns with those the store would write. */
    private void check(String json, String words, Row row, Status status) {
        if (!(format.read(json, Syntax.JSON, "sinh") instanceof Parsed.Ok ok)) {
            throw new IllegalStateException("a generated document does not read back: " + json);
        }
        SearchColumns expected = SearchColumns.of(ok.invitation(), format.write(ok.invitation(), Syntax.JSON));
        if (!expected.searchText().equals(words) || !java.util.Objects.equals(expected.issueDate(), row.issueDate)
                || !expected.meetingDate().equals(row.meeting) || !expected.number().equals(row.number)
                || !expected.subject().equals(row.subject)) {
            throw new IllegalStateException("generated columns differ from the store's (" + status + "):\n"
                    + expected + "\n" + words + "\n" + row);
        }
    }

    /** Marker values, each found once in a document and as one word of its searchable text. */
    private static final String SUBJECT_MARK = "Zzsubjectzz";
    private static final String SIGNER_MARK = "Zzsignerzz";
    private static final String CONTACT_MARK = "Zzcontactzz";
    private static final String PHONE_MARK = "Zzphonezz";
    private static final int NUMBER_MARK = 987_654;
    /** The marker issue date, and the marker day of the first session (later sessions follow it in November 2099). */
    private static final LocalDate ISSUE_MARK = LocalDate.of(2099, 11, 11);
    private static final LocalDate MEETING_MARK = LocalDate.of(2099, 11, 15);
    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
            "\"day\" : \"11\",(\\s+)\"month\" : \"11\"");
    private static final java.util.regex.Pattern SESSION_DAY = java.util.regex.Pattern.compile("2099-11-(\\d\\d)");
    private static final java.util.regex.Pattern SESSION_WORDS = java.util.regex.Pattern.compile(" 2099 11 (\\d\\d) ");

    /** A template of one organisation written with the markers, and its search columns. */
    private record Base(String json, SearchColumns columns) {}

    private Base base(Issuer issuer, int template, boolean issued) {
        Invitation inv = invitation(templates.get(template), issuer);
        if (issued) inv = Drafting.issuedAs(inv, NUMBER_MARK, ISSUE_MARK);
        else inv = inv.withDateLine(vn.giaymoi.domain.invitation.DateLine.draft(inv.dateLine().place(), 2099));
        String json = format.write(inv, Syntax.JSON);
        return new Base(json, SearchColumns.of(inv, json));
    }

    /** The values of one row, put in place of the markers. */
    private record Row(String subject, String signer, String contact, String phone, String number, LocalDate issueDate,
            int year, LocalDate meeting) {
        String fill(String text, boolean words) {
            String out = text.replace(words ? " zzsubjectzz " : SUBJECT_MARK, words ? SearchText.ofText(subject) : subject)
                    .replace(words ? " zzsignerzz " : SIGNER_MARK, words ? SearchText.ofText(signer) : signer)
                    .replace(words ? " zzcontactzz " : CONTACT_MARK, words ? SearchText.ofText(contact) : contact)
                    .replace(words ? " zzphonezz " : PHONE_MARK, words ? SearchText.ofText(phone) : phone);
            if (words) {
                out = out.replace(" " + NUMBER_MARK + " ", " " + number + " ")
                        .replace(" 11 11 " + SearchText.ofText(subject).strip() + " ", issueDate == null
                                ? SearchText.ofText(subject) : " " + day(issueDate) + SearchText.ofText(subject).substring(1));
                return SESSION_WORDS.matcher(out).replaceAll(m -> " " + session(m.group(1)).toString().replace('-', ' ')
                        + " ");
            }
            out = out.replace(NUMBER_MARK + "/", number + "/").replace("\"year\" : 2099", "\"year\" : " + year);
            if (issueDate != null) {
                out = DAY_MONTH.matcher(out).replaceFirst(m -> java.util.regex.Matcher.quoteReplacement("\"day\" : \""
                        + String.format("%02d", issueDate.getDayOfMonth()) + "\"," + m.group(1) + "\"month\" : \""
                        + String.format("%02d", issueDate.getMonthValue()) + "\""));
            }
            return SESSION_DAY.matcher(out).replaceAll(m -> session(m.group(1)).toString());
        }

        private static String day(LocalDate d) {
            return String.format("%02d %02d ", d.getDayOfMonth(), d.getMonthValue());
        }

        private LocalDate session(String markerDay) {
            return meeting.plusDays(Integer.parseInt(markerDay) - MEETING_MARK.getDayOfMonth());
        }
    }

    /** {@code t} under {@code issuer}, with the markers for subject, signer and contact, meeting on the marker day. */
    private static Invitation invitation(Invitation t, Issuer issuer) {
        String symbol = t.kind() == InvitationKind.GIAY_MOI ? "GM-" + issuer.abbreviation() : issuer.abbreviation() + "-VP";
        long shift = MEETING_MARK.toEpochDay() - t.meeting().sessions().get(0).date().toEpochDay();
        List<Point> body = new ArrayList<>();
        for (Point p : t.body()) body.add(shifted(p, shift));
        body.add(Math.max(0, body.size() - 1), Point.paragraph("Đầu mối liên hệ: đồng chí " + CONTACT_MARK
                + ", chuyên viên, điện thoại " + PHONE_MARK + "."));
        SigningAuthority sign = new SigningAuthority(t.signature().lines(), t.signature().title(), SIGNER_MARK);
        return new Invitation(t.kind(), issuer, DocumentNumber.draft(symbol), t.dateLine(), RichText.of(SUBJECT_MARK),
                t.urgency(), t.confidentiality(), t.addressees(), t.opening(), body, t.form(), t.distribution(), sign,
                t.format(), t.onBehalfOf(), t.footer());
    }

    /** {@code p} with every session moved by {@code days}. */
    private static Point shifted(Point p, long days) {
        List<Point> children = p.points().stream().map(c -> shifted(c, days)).toList();
        Object fact = p.fact();
        if (fact instanceof Session s) {
            fact = new Session(s.date().plusDays(days), s.start(), s.end(), s.duration(), s.arriveEarlyMinutes(),
                    s.endDate() == null ? null : s.endDate().plusDays(days), s.partOfDay());
        }
        return new Point(p.marker(), p.text(), (Fact) fact, children);
    }

    /** The register rows of the series {@code touched} by a chunk, in its transaction. */
    private void writeRegisters(Connection c, java.util.UUID organisation, Map<String, int[]> touched)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO number_register"
                + " (organisation_id, issuer, symbol, register_year, last_number, last_issue_date)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (organisation_id, issuer, symbol, register_year)"
                + " DO UPDATE SET last_number = EXCLUDED.last_number, last_issue_date = EXCLUDED.last_issue_date")) {
            for (Map.Entry<String, int[]> e : touched.entrySet()) {
                String[] key = e.getKey().split("\u0001");
                ps.setObject(1, organisation);
                ps.setString(2, key[0]);
                ps.setString(3, key[1]);
                ps.setInt(4, Integer.parseInt(key[2]));
                ps.setInt(5, e.getValue()[0]);
                ps.setObject(6, registerDates.get(e.getKey()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One CSV line; every value quoted, {@code null} as an empty unquoted field. */
    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            Object v = values[i];
            if (v == null) continue;
            out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
