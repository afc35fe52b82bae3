package io.smbhub.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enforces the architecture on the production classes of every module, and proves each rule fails on a
 * planted violation (classes under {@code io.smbhub.bootstrap.architecture.planted}, test code only).
 */
class ArchitectureTest {

    private static final String PLANTED = "io.smbhub.bootstrap.architecture.planted";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.smbhub");

    private static final JavaClasses PLANTED_CLASSES = new ClassFileImporter().importPackages(PLANTED);

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("1 hexagon: domain <- application <- adapters, adapters independent", ArchitectureRules::hexagon),
                rule("2 domain depends on the JDK only", ArchitectureRules::domainIsPlainJava),
                rule("3 application depends on the JDK and the domain only", ArchitectureRules::applicationIsPlainJava),
                rule("4 outbound ports are interfaces", ArchitectureRules::outboundPortsAreInterfaces),
                rule("5 controllers use inbound ports only", ArchitectureRules::controllersUseInboundPortsOnly),
                rule("6 no system clock or random UUIDs in the core", ArchitectureRules::coreUsesInjectedClockAndIds),
                rule("7a no double/float in the domain", ArchitectureRules::noFloatingPointInDomain),
                rule("7b domain events are records", ArchitectureRules::domainEventsAreRecords),
                rule("8 no cycles between domain packages", ArchitectureRules::noCyclesBetweenDomainPackages),
                rule("aggregates are final", ArchitectureRules::aggregatesAreFinal));
    }

    private static Arguments rule(String name, Function<String, ArchRule> rule) {
        return Arguments.of(Named.of(name, rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @DisplayName("production code follows the rule")
    void productionFollows(Function<String, ArchRule> rule) {
        rule.apply("io.smbhub").check(PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @DisplayName("the rule catches a planted violation")
    void plantedViolationIsCaught(Function<String, ArchRule> rule) {
        assertThatThrownBy(() -> rule.apply(PLANTED).check(PLANTED_CLASSES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }
}
