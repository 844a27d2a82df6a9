package org.crampcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The shape of the code, checked on the compiled main classes.
 *
 * <p>The domain packages (everything but the front ends {@code web} and {@code cli} and the
 * program's entry point {@code app}) know nothing of how they are served; the two front ends do
 * not know each other; the web's feature packages share code only through {@code web.kit}; and no
 * package depends on itself through others.
 */
@AnalyzeClasses(packages = "org.crampcare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String WEB = "org.crampcare.web..";
    private static final String CLI = "org.crampcare.cli..";
    private static final String APP = "org.crampcare.app..";
    private static final String WEB_FEATURES = "org.crampcare.web.*..";

    @ArchTest
    static final ArchRule domainPackagesNeverUseAFrontEnd = noClasses()
            .that().resideOutsideOfPackages(WEB, CLI, APP)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, CLI, APP);

    @ArchTest
    static final ArchRule webNeverUsesTheCommandLine = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, APP);

    @ArchTest
    static final ArchRule commandLineNeverUsesTheWeb = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, APP);

    @ArchTest
    static final ArchRule webFeaturesShareCodeOnlyThroughTheKit = slices()
            .matching("org.crampcare.web.(*)..").namingSlices("web.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("org.crampcare.web.kit.."));

    @ArchTest
    static final ArchRule webFeaturesNeverUseTheServerWiring = noClasses()
            .that().resideInAPackage(WEB_FEATURES)
            .should().dependOnClassesThat().resideInAPackage("org.crampcare.web");

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(new EveryPackage()).should().beFreeOfCycles();

    /** Each package of CrampCare, the root package included, is a slice of its own. */
    private static final class EveryPackage implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.equals("org.crampcare") || pkg.startsWith("org.crampcare.")
                    ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of org.crampcare";
        }
    }
}
