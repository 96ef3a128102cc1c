package dev.trent.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of STYLE.md, held by the build: dependencies point one way. */
class ArchitectureTest {
  private static JavaClasses trent;

  @BeforeAll
  static void importClasses() {
    trent = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.trent");
  }

  @Test
  void jce_isUsedOnlyByCrypto() {
    noClasses().that().resideOutsideOfPackages("dev.trent.crypto..")
        .should().dependOnClassesThat().resideInAnyPackage("javax.crypto..")
        .check(trent);
    noClasses().that().resideOutsideOfPackages("dev.trent.crypto..")
        .should().dependOnClassesThat(resideInAPackage("java.security..")
            .and(not(name("java.security.GeneralSecurityException")))
            .as("java.security types other than GeneralSecurityException, which core translates"))
        .check(trent);
  }

  @Test
  void netty_isUsedOnlyByTheHttpAdapter() {
    noClasses().that().resideOutsideOfPackages("dev.trent.server.http..")
        .should().dependOnClassesThat().resideInAnyPackage("io.netty..")
        .check(trent);
  }

  @Test
  void core_knowsNoHttpNoSqlNoServer() {
    noClasses().that().resideInAPackage("dev.trent.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "io.netty..", "dev.trent.server..", "dev.trent.auth..", "dev.trent.cli..",
            "dev.trent.store.sqlite..")
        .check(trent);
  }

  @Test
  void foundationModules_knowNothingOfEachOther() {
    noClasses().that().resideInAPackage("dev.trent.protocol..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.trent.crypto..", "dev.trent.store..", "dev.trent.core..", "dev.trent.auth..", "dev.trent.server..")
        .check(trent);
    noClasses().that().resideInAPackage("dev.trent.crypto..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.trent.protocol..", "dev.trent.store..", "dev.trent.core..", "dev.trent.auth..", "dev.trent.server..")
        .check(trent);
    noClasses().that().resideInAPackage("dev.trent.store..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.trent.protocol..", "dev.trent.crypto..", "dev.trent.core..", "dev.trent.auth..", "dev.trent.server..")
        .check(trent);
  }

  @Test
  void policy_knowsNothingElseOfTrent() {
    noClasses().that().resideInAPackage("dev.trent.policy..")
        .should().dependOnClassesThat(resideInAPackage("dev.trent..")
            .and(not(resideInAPackage("dev.trent.policy..")))
            .as("Trent classes outside dev.trent.policy"))
        .check(trent);
  }

  @Test
  void names_sayWhatThingsAre() {
    classes().should().haveSimpleNameNotEndingWith("Manager")
        .andShould().haveSimpleNameNotEndingWith("Helper")
        .andShould().haveSimpleNameNotEndingWith("Util")
        .andShould().haveSimpleNameNotEndingWith("Utils")
        .check(trent);
  }
}
