extension LocalDate {
    /// Completed years from this birth date to `date`. A 29 February birthday comes of age on 1 March
    /// in common years (the day after 28 February).
    public func age(on date: LocalDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }
}
