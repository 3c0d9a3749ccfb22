package dev.lockscope.verify;

/** The verdict on a report; the names are part of the output contract. */
public enum Verdict {
  /** Every check that could run agrees with the report. */
  CONFIRMED,
  /** A check found the report contradicting lockdep's own rules or its own evidence. */
  CONTRADICTED,
  /** The report is cut or corrupted: a section it needs is missing. */
  INCOMPLETE
}
