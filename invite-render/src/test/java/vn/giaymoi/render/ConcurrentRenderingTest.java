package vn.giaymoi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.text.RichText;

/**
 * One renderer shared by several threads, as the CLI batch and the web worker pool share it: every document read
 * back must carry its own trích yếu and no other's (no state leaks between concurrent renderings).
 */
class ConcurrentRenderingTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 10;

    @Test
    void four_threads_rendering_forty_documents_each_get_their_own_text() throws Exception {
        InvitationRenderer renderer = new InvitationRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        String subject = "Dự họp số hiệu T" + thread + "N" + i + " về chuyển đổi số";
                        Invitation inv = Invitations.aGiayMoi().withSubject(RichText.of(subject));
                        // PDF and DOCX alternate, so both engines run side by side
                        Format format = i % 2 == 0 ? Format.PDF : Format.DOCX;
                        String text = readBack(renderer.render(inv, format));
                        String own = "T" + thread + "N" + i + " ";
                        if (!text.contains(subject)) problems.add(format + " " + own + "lacks its subject");
                        for (String other : text.split("số hiệu ")) {
                            if (other.startsWith("T") && !other.startsWith(own)) {
                                problems.add(format + " " + own + "holds another's: " + other.split(" ")[0]);
                            }
                        }
                    }
                    return problems;
                }));
            }
            start.countDown();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : results) problems.addAll(f.get());
            assertThat(problems).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String readBack(RenderedDocument doc) {
        try {
            if (doc.format() == Format.PDF) {
                try (PDDocument pdf = Loader.loadPDF(doc.bytes())) {
                    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                }
            }
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(doc.bytes()))) {
                return new XWPFWordExtractor(word).getText().replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
