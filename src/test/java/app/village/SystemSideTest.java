package app.village;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.MailRecipients;
import app.village.base.SystemSide;
import app.village.family.SpacesForDigest;
import app.village.notification.DeliveryHold;
import app.village.notification.LetterCheck;
import app.village.notification.SecretMinter;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * System-side reads ({@link SystemSide}) make no family-space check, so only the jobs may use them: the reminder
 * and digest features, the checks mail delivery asks at sending time and other system-side classes. A view or a
 * service serving a member's request that reached for one could show a family's plans or every member's address
 * to someone outside it. Decision: docs/decisions/system-side-reads.md.
 */
class SystemSideTest {

    static final JavaClasses VILLAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.village");

    static final ArchRule ONLY_JOBS_USE_SYSTEM_SIDE_READS = classes().that().areAnnotatedWith(SystemSide.class)
            .should().onlyHaveDependentClassesThat(resideInAnyPackage("app.village.reminder..", "app.village.digest..")
                    .or(implement(SecretMinter.class))
                    .or(implement(LetterCheck.class))
                    .or(implement(DeliveryHold.class))
                    .or(systemSideOrInsideOne()))
            .because("a system-side read makes no family-space check (docs/decisions/system-side-reads.md)");

    @Test
    void onlyJobsAndSendingTimeChecksUseSystemSideReads() {
        ONLY_JOBS_USE_SYSTEM_SIDE_READS.check(VILLAGE);
    }

    @Test
    void theReadersThatReturnAddressesOrEveryFamilyAreSystemSide() {
        assertThat(List.of(MailRecipients.class, SpacesForDigest.class))
                .allMatch(reader -> reader.isAnnotationPresent(SystemSide.class));
    }

    @Test
    void aViewReadingEveryMembersAddressIsRefused() {
        var withAViolator = new ClassFileImporter().importClasses(MailRecipients.class, AViewOfTheCircle.class);

        var result = ONLY_JOBS_USE_SYSTEM_SIDE_READS.evaluate(withAViolator);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("AViewOfTheCircle"));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> systemSideOrInsideOne() {
        return describe("are system side or nested in a system-side class", type -> type.isAnnotatedWith(SystemSide.class)
                || type.getEnclosingClass().map(outer -> outer.isAnnotatedWith(SystemSide.class)).orElse(false));
    }

    /** What the rule is there to stop: a page of the app reading every member's address with nobody checked. */
    static final class AViewOfTheCircle {

        private final MailRecipients recipients;

        AViewOfTheCircle(MailRecipients recipients) {
            this.recipients = recipients;
        }

        String addressOf(UUID member) {
            return recipients.of(List.of(member)).get(member).email();
        }
    }
}
