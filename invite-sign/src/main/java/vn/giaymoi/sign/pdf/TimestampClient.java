package vn.giaymoi.sign.pdf;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Máy chủ cấp dấu thời gian (an RFC 3161 timestamp authority client): asks {@code url} to stamp a SHA-256 digest,
 * with a nonce, and checks the answer matches the question.
 */
public final class TimestampClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SecureRandom random = new SecureRandom();

    public TimestampClient(URI url) {
        this.url = url;
    }

    public URI url() {
        return url;
    }

    /** A timestamp token over {@code sha256} (the digest of the signature value). */
    public TimeStampToken stamp(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw failure("trả lời HTTP " + response.statusCode(), "answered HTTP " + response.statusCode(), null);
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            TimeStampToken token = answer.getTimeStampToken();
            if (token == null) {
                throw failure("từ chối cấp dấu (" + answer.getStatusString() + ")",
                        "refused (" + answer.getStatusString() + ")", null);
            }
            return token;
        } catch (IOException | TSPException e) {
            throw failure("không trả lời đúng (" + e.getMessage() + ")", "gave no valid answer (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("bị ngắt", "interrupted", e);
        }
    }

    private SigningFailure failure(String vietnamese, String english, Throwable cause) {
        return new SigningFailure("Máy chủ dấu thời gian " + url + " " + vietnamese + "; văn bản chưa được ký.",
                "The timestamp authority " + url + " " + english + "; the document was not signed.", cause);
    }
}
