package se.vp.view;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a change report calls a field of a view, or a kind of item ("Fokusområden"). The diff
 * compares every field of the view under this name, so a field added to a view is compared as
 * soon as it has one. An empty name on a nested record's field means the record's own value: the
 * text of a mål is "mål", its tags "mål: ursprung".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Label {
  String value();
}
