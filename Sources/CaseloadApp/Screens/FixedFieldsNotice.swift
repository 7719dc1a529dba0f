import TerminalKit

/// After a refused save the status line says how many fields need attention. Once the last marked
/// field is fixed that line is no longer true, so it is replaced by what to do next.
enum FixedFieldsNotice {
    static let text = "The marked fields are fixed: Ctrl-S saves."

    /// `hadErrors`: the form had marked fields before the key.
    static func commands(hadErrors: Bool, form: FormState) -> [AppCommand] {
        hadErrors && !form.hasErrors ? [.status(text, isError: false)] : []
    }
}
