package se.vp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of vp's layers, bottom up: a package may use those below it and never one above or
 * beside it, and no two packages use each other. The core is a plain library: only se.vp.maven
 * knows Maven.
 */
class ArchitectureTest {

  /** Each row a layer, bottom up; the packages of one row do not use each other. */
  static final List<List<String>> LAYERS = List.of(
      List.of("diagnostic"),
      List.of("text", "locale"),
      List.of("model"),
      List.of("source"),
      List.of("format", "check", "view"),
      List.of("scaffold", "diff", "renumber"),
      List.of("render"),
      List.of(""),
      List.of("serve"),
      List.of("maven"));

  private static final JavaClasses VP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.vp");

  private static String packages(String name) {
    return name.isEmpty() ? "se.vp" : "se.vp." + name + "..";
  }

  /** Every package's layer, and the layers above it: those alone may use it. */
  static Architectures.LayeredArchitecture layers() {
    Architectures.LayeredArchitecture architecture = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (List<String> row : LAYERS) {
      for (String name : row) {
        architecture = architecture.layer(layer(name)).definedBy(packages(name));
      }
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      List<String> above = new ArrayList<>();
      LAYERS.subList(i + 1, LAYERS.size()).forEach(row -> row.forEach(name -> above.add(layer(name))));
      for (String name : LAYERS.get(i)) {
        architecture = above.isEmpty()
            ? architecture.whereLayer(layer(name)).mayNotBeAccessedByAnyLayer()
            : architecture.whereLayer(layer(name)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
      }
    }
    return architecture;
  }

  private static String layer(String name) {
    return name.isEmpty() ? "core" : name;
  }

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() {
    layers().check(VP);
  }

  @Test
  void noTwoPackagesUseEachOther() {
    slices().matching("se.vp.(**)").should().beFreeOfCycles().check(VP);
  }

  @Test
  void onlyTheMavenPackageUsesMaven() {
    noClasses().that().resideOutsideOfPackage("se.vp.maven..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.maven..").check(VP);
  }
}
