/** The web edition: the plan as static, accessible pages, split from what webb.ftlx wrote. */
package se.vp.render.webb;
