/// A problem with one form field. `field` is a stable identifier ("firstName", "dateOfBirth") the UI
/// maps to its input; `message` says what is wrong and what to do, and is shown as is.
public struct FieldError: Hashable, Sendable, CustomStringConvertible {
    public let field: String
    public let message: String
    public init(field: String, message: String) { self.field = field; self.message = message }
    public var description: String { "\(field): \(message)" }
}
