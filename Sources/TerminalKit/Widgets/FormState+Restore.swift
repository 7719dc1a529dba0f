extension FormState {
    /// Puts back values as `values` once read them (a kept draft): text goes into text fields and
    /// editors with the cursor at its end, a dropdown selects the option with that text, a date
    /// field takes the text as typed. Fields the form lacks are ignored; ids absent from `values`
    /// keep what they have. A dropdown whose option no longer exists keeps its choice, and its id
    /// is returned so the owner can say so.
    @discardableResult
    public mutating func restore(_ values: [String: String]) -> [String] {
        var unmatched: [String] = []
        for i in fields.indices {
            guard let value = values[fields[i].id], value != fields[i].value else { continue }
            switch fields[i].control {
            case .text(var s):
                s.text = value; s.cursor = value.count; fields[i].control = .text(s)
            case .editor(var s, let rows):
                s.text = value; s.cursor = value.count; fields[i].control = .editor(s, rows: rows)
            case .dropdown(var s):
                let index = s.options.firstIndex(of: value)
                guard value.isEmpty || index != nil else { unmatched.append(fields[i].id); continue }
                s.selectedIndex = index
                fields[i].control = .dropdown(s)
            case .date(var s):
                s.field.text = value; s.field.cursor = value.count; fields[i].control = .date(s)
            }
        }
        return unmatched
    }
}
