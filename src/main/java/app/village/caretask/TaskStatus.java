package app.village.caretask;

/** Where a task stands. */
public enum TaskStatus { OPEN, CLAIMED, DONE }
