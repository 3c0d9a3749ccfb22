package dev.lockscope.rules;

/**
 * One row of {@code title-renames.tsv}: a function that starts with {@code prefix} is written in a
 * title with {@code replacement} instead ({@code __x64_sys_ioctl} as {@code sys_ioctl}).
 */
public record TitleRename(String prefix, String replacement, String example, String why) {

  /** {@code function} as a title writes it under this row, if the row applies. */
  public java.util.Optional<String> rename(String function) {
    return function.startsWith(prefix)
        ? java.util.Optional.of(replacement + function.substring(prefix.length()))
        : java.util.Optional.empty();
  }
}
