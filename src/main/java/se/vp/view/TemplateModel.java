package se.vp.view;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns view records into the only kinds of value a template may see: maps, lists, strings,
 * numbers and booleans. An absent Optional is left out, so a template tests it with {@code ??}.
 */
public final class TemplateModel {

  private TemplateModel() {}

  public static Object of(Object value) {
    if (value instanceof Record record) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object converted = of(read(component, record));
        if (converted != null) {
          map.put(component.getName(), converted);
        }
      }
      return map;
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(TemplateModel::of).orElse(null);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TemplateModel::of).toList();
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException("a view holds only records, lists and plain values, not " + value.getClass());
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of a view", e);
    }
  }
}
