package vn.giaymoi.archfixture.compliant.format;

/** Fixture: Jackson in format is allowed. */
public final class MeetingReader {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

    public vn.giaymoi.archfixture.compliant.domain.Meeting read(String json) throws java.io.IOException {
        return new vn.giaymoi.archfixture.compliant.domain.Meeting(mapper.readTree(json).path("subject").asText(), null);
    }
}
