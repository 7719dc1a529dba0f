/// The reasons front desk gives most, offered under the reason field (anything else can be typed).
enum CommonReasons {
    static let noShow = ["No call, no show", "Called after the time; will rebook", "Voicemail left to rebook"]
    static let late = ["Bus was late", "Traffic", "Child care drop-off ran late"]
    static let cancelledByClient = ["Client ill", "Sick child", "Job interview at the same time", "Medical appointment",
                                    "Family emergency", "Started a shift"]
    static let cancelledByStaff = ["Caseworker ill", "Caseworker in training", "Site closed early"]
    static let rescheduled = ["Client asked to move it", "Caseworker asked to move it"]
}
