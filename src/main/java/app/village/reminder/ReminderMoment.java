package app.village.reminder;

/** Which of her two reminders this is; part of the reminder's key, so each is sent once. */
enum ReminderMoment {
    /** At her evening time on the day before the item's day, in the family's time. */
    EVENING_BEFORE,
    /** Her lead time before the start. */
    BEFORE_START
}
