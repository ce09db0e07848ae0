package vn.giaymoi.archfixture.domain_uses_jackson.domain;

/** Violates domain_uses_only_the_jdk: the domain reaches for Jackson. */
public final class LeakyMeeting {
    private com.fasterxml.jackson.databind.ObjectMapper mapper;
}
