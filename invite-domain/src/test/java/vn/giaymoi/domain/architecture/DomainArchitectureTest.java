package vn.giaymoi.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.meeting.MeetingForm;

/** Local rules of the domain module (style.md P13): failures show where they are introduced. */
@AnalyzeClasses(packages = "vn.giaymoi", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {
    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = classes().that()
            .resideInAnyPackage("vn.giaymoi.domain..", "vn.giaymoi.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("vn.giaymoi.domain..", "vn.giaymoi.application..", "java..")
            .because("other teams reuse this jar; it must not drag a framework in (P1)");

    @ArchTest
    static final ArchRule domain_concepts_are_free_of_cycles = slices().matching("vn.giaymoi.domain.(*)..")
            .should().beFreeOfCycles()
            .because("text <- meeting <- delegation, recipient <- invitation <- rules is the reading order of the model");

    @ArchTest
    static final ArchRule model_does_not_know_use_cases = noClasses().that().resideInAPackage("vn.giaymoi.domain..")
            .should().dependOnClassesThat().resideInAPackage("vn.giaymoi.application..")
            .because("ports and use cases depend on the model, never the reverse");

    @ArchTest
    static final ArchRule rules_read_the_invitation_once = noClasses().that()
            .resideInAPackage("vn.giaymoi.domain.rules").and().doNotHaveSimpleName("InvitationView")
            .should().callMethod(Invitation.class, "outline")
            .orShould().callMethod(Invitation.class, "meeting")
            .orShould().callMethod(Outline.class, "of", java.util.List.class, String.class)
            .orShould().callMethod(Meeting.class, "of", Outline.class, MeetingForm.class)
            .because("a check numbers the content once, in InvitationView, and hands that view to every rule");
}
