package vn.giaymoi.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** HTML, PDF and DOCX draw the one page layout; only the calendar reads the meeting from the domain. */
@AnalyzeClasses(packages = "vn.giaymoi.render", importOptions = ImportOption.DoNotIncludeTests.class)
class PageFormatsReadOnlyTheLayoutTest {
    @ArchTest
    static final ArchRule page_formats_read_only_the_layout = noClasses()
            .that().resideInAnyPackage("vn.giaymoi.render.html..", "vn.giaymoi.render.pdf..", "vn.giaymoi.render.docx..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.giaymoi.domain.invitation..", "vn.giaymoi.domain.meeting..", "vn.giaymoi.domain.delegation..",
                    "vn.giaymoi.domain.recipient..", "vn.giaymoi.domain.rules..", "vn.giaymoi.application..",
                    "vn.giaymoi.render.ics..", "vn.giaymoi.render.text..")
            .because("a change of layout is made once, in vn.giaymoi.render.layout (issue #4)");
}
