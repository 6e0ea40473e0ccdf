package se.vp.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view is also what the diff compares, so each of its fields says how a change report names it. */
class ViewsTest {

  @Test
  void namesEveryFieldForTheChangeReportOrMarksItDerived() {
    List<String> unnamed = new ArrayList<>();
    for (Class<?> type : Views.class.getDeclaredClasses()) {
      if (!type.isRecord()) {
        continue;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        boolean id = component.getName().equals("id") && Item.class.isAssignableFrom(type);
        boolean named = component.isAnnotationPresent(Label.class) || component.isAnnotationPresent(Derived.class);
        if (!id && !named) {
          unnamed.add(type.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertEquals(List.of(), unnamed);
  }

  @Test
  void namesEveryKindOfItemForItsHeading() {
    assertEquals(List.of(), Arrays.stream(Views.class.getDeclaredClasses())
        .filter(Item.class::isAssignableFrom).filter(type -> !type.isAnnotationPresent(Label.class))
        .map(Class::getSimpleName).toList());
  }
}
