package se.vp.view;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a view that repeats what other fields show, in another form or for another place
 * (a date without its year, a heading made of a name, the deck's pagination). The diff leaves it
 * out, so that one change is reported once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Derived {}
