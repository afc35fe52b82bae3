package io.smbhub.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of STYLE.md, parameterised by the root package so the same rule objects are
 * checked against production code ({@code io.smbhub}) and against planted violations (a test fixture
 * package), which proves each rule can fail.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** 1. The hexagon: domain ← application ← adapters; adapters independent; bootstrap is the composition root. */
    static ArchRule hexagon(String root) {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Rest").definedBy(root + ".adapter.rest..")
                .layer("Postgres").definedBy(root + ".adapter.postgres..")
                .layer("Stripe").definedBy(root + ".adapter.stripe..")
                .layer("Llm").definedBy(root + ".adapter.llm..")
                .layer("Email").definedBy(root + ".adapter.email..")
                .layer("Files").definedBy(root + ".adapter.files..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Rest").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Postgres").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Stripe").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Llm").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Email").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Rest", "Postgres", "Stripe", "Llm", "Email", "Files", "Bootstrap")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Rest", "Postgres", "Stripe", "Llm", "Email", "Files", "Bootstrap");
    }

    /** 2. The domain uses the JDK and itself only. */
    static ArchRule domainIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..");
    }

    /** 3. The application uses the JDK (incl. javax.crypto), the domain and itself only. */
    static ArchRule applicationIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", root + ".domain..", root + ".application..");
    }

    /** 4. Outbound ports are interfaces (records that only carry a port's data are allowed beside them). */
    static ArchRule outboundPortsAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..")
                .and().areNotRecords().and().areNotNestedClasses()
                .should().beInterfaces();
    }

    /** 5. Controllers talk to inbound ports only: never outbound ports, services or the composition class. */
    static ArchRule controllersUseInboundPortsOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.rest..")
                .and().areAnnotatedWith(DescribedPredicate.describe("@Controller",
                        (JavaAnnotation<?> a) -> a.getRawType().getSimpleName().equals("Controller")))
                .should().dependOnClassesThat().resideInAnyPackage(root + ".application.port.out..", root + ".application.service..",
                        root + ".application.memory..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(root + ".application.CoreServices");
    }

    /** 6. The core never reads the system clock or makes random UUIDs itself. */
    static ArchRule coreUsesInjectedClockAndIds(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(System.class, "currentTimeMillis");
    }

    /** 7a. No floating point in the domain. */
    static ArchRule noFloatingPointInDomain(String root) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(root + ".domain..")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class);
    }

    /** 7b. Domain events are records. */
    static ArchRule domainEventsAreRecords(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .and(DescribedPredicate.describe("implement a DomainEvent",
                        (JavaClass c) -> c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().equals("DomainEvent"))))
                .and().areNotInterfaces()
                .should().beRecords();
    }

    /** 8. No cycles between domain packages. */
    static ArchRule noCyclesBetweenDomainPackages(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    /** Aggregates are final (created by factories, never subclassed). */
    static ArchRule aggregatesAreFinal(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .and().areAssignableTo(DescribedPredicate.describe("an aggregate root",
                        (JavaClass c) -> c.getAllRawSuperclasses().stream().anyMatch(s -> s.getSimpleName().equals("AggregateRoot"))))
                .should().haveModifier(JavaModifier.FINAL);
    }
}
