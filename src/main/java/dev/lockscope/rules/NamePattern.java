package dev.lockscope.rules;

import java.util.regex.Pattern;

/** A function or class name pattern from a rules file: literal text where '*' matches any run. */
public record NamePattern(String text) {

  public boolean matches(String name) {
    if (text.indexOf('*') < 0) {
      return text.equals(name);
    }
    return toRegex().matcher(name).matches();
  }

  private Pattern toRegex() {
    StringBuilder regex = new StringBuilder();
    for (String part : text.split("\\*", -1)) {
      if (regex.length() > 0 || text.startsWith("*")) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString().replace("\\Q\\E", ""));
  }
}
