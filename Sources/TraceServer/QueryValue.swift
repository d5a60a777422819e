import Hummingbird

/// Query parameters read and checked before anything uses them: a bad one is a 400 naming it.
enum QueryValue {
    static func integer(_ query: Parameters, _ name: String, default value: Int64, range: ClosedRange<Int64>)
        throws(HubError) -> Int64
    {
        guard let text = query.get(name) else { return value }
        guard let number = Int64(text), range.contains(number) else {
            throw .badRequest("query parameter \(name)=\(text.prefix(40)): use a whole number in \(range)")
        }
        return number
    }

    /// A party id as the record format writes them: letters, digits and `-`, at most 64 characters.
    static func partyID(_ query: Parameters, _ name: String) throws(HubError) -> String? {
        guard let text = query.get(name) else { return nil }
        guard isPartyID(text) else {
            throw .badRequest("query parameter \(name)=\(text.prefix(40)): not a party id (letters, digits, -)")
        }
        return text
    }

    static func isPartyID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// An administrative area code or its prefix: 2 to 6 digits.
    static func areaPrefix(_ query: Parameters, _ name: String) throws(HubError) -> String? {
        guard let text = query.get(name) else { return nil }
        guard (2...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .badRequest("query parameter \(name)=\(text.prefix(40)): use 2 to 6 digits of an area code")
        }
        return text
    }
}
