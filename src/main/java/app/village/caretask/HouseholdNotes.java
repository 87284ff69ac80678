package app.village.caretask;

/** What someone bringing a meal needs to know. Empty strings mean "not given". */
public record HouseholdNotes(String diet, String dropOff, String quietHours, String address) {

    public boolean isEmpty() {
        return diet.isBlank() && dropOff.isBlank() && quietHours.isBlank() && address.isBlank();
    }
}
