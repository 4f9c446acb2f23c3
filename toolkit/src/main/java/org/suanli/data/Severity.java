package org.suanli.data;

/** An error makes a file unusable; a warning is worth reading but does not stop a run. */
public enum Severity {
    ERROR,
    WARNING
}
