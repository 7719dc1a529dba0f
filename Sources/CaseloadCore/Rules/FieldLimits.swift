/// The longest text each free-text field takes, in characters, wherever it is entered: the forms
/// stop typing there, the store refuses more, and the CaMS import reports a longer cell as
/// `line N: column: reason`. Generous for real values; they keep a pasted page (a 100,000-character
/// address made every profile redraw take seconds) out of the record.
public enum FieldLimits {
    public static let name = 80
    public static let phone = 30
    public static let email = 254          // the longest address SMTP carries
    public static let address = 200
    public static let preferredLanguage = 60
    public static let saCaseworkerName = 120
    public static let saCaseworkerContact = 120
    public static let clientStream = 120
    public static let employerName = 120
    public static let jobTitle = 120
    public static let staffUsername = 64
    public static let siteName = 120
    public static let noteSubject = 120
    /// A long interview write-up fits; typing stays fast at this length (`TextEditorState`).
    public static let noteBody = 20_000

    /// Client fields by `IntakeValidator`'s field id (the intake form's ids), with the label its
    /// message uses. The names are checked with the other name rules (`IntakeValidator.nameProblem`).
    public static let clientFields: [(field: String, label: String, limit: Int, value: KeyPath<Client, String?> & Sendable)] = [
        ("phone", "Phone", phone, \.phone), ("email", "Email", email, \.email), ("address", "Address", address, \.address),
        ("preferredLanguage", "Preferred language", preferredLanguage, \.preferredLanguage),
        ("saCaseworkerName", "SA caseworker name", saCaseworkerName, \.saCaseworkerName),
        ("saCaseworkerContact", "SA caseworker contact", saCaseworkerContact, \.saCaseworkerContact),
        ("clientStream", "Client stream", clientStream, \.clientStream),
    ]

    /// The limit of a client field by its id, for the forms.
    public static func limit(ofClientField field: String) -> Int? {
        if ["firstName", "lastName", "preferredName"].contains(field) { return name }
        return clientFields.first { $0.field == field }?.limit
    }

    /// "Address is 100000 characters long: shorten it to 200 or fewer.", or nil within the limit.
    /// Counts bytes first: most values are far below any limit, and a character is at least a byte.
    public static func problem(_ text: String, label: String, limit: Int) -> String? {
        guard text.utf8.count > limit else { return nil }
        let length = text.count
        return length > limit ? "\(label) is \(length) characters long: shorten it to \(limit) or fewer." : nil
    }
}
