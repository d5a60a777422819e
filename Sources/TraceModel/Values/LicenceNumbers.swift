/// Check characters of Chinese business identifiers, used by the source-ticket audits.
public enum LicenceNumbers {
    private static let creditAlphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The check character of an 18-character unified social credit code (GB 32100-2015) from its first 17.
    public static func creditCodeCheck(_ first17: String) -> Character? {
        let chars = Array(first17)
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (index, char) in chars.enumerated() {
            guard let value = creditAlphabet.firstIndex(of: char) else { return nil }
            sum += value * creditWeights[index]
        }
        return creditAlphabet[(31 - sum % 31) % 31]
    }

    /// True for an 18-character unified social credit code whose check character matches.
    public static func isValidCreditCode(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 18, let check = creditCodeCheck(String(chars.prefix(17))) else { return false }
        return chars[17] == check
    }

    /// The check digit of an SC food production licence from its first 13 digits.
    ///
    /// The algorithm is not published in the sources this project holds; FoodTrace uses ISO 7064 MOD 11,10
    /// as a documented, replaceable default (see README, "Source tickets").
    public static func productionLicenceCheck(_ digits13: String) -> Character? {
        let digits = digits13.compactMap(\.wholeNumberValue)
        guard digits.count == 13, digits13.count == 13 else { return nil }
        var product = 10
        for digit in digits {
            var sum = (product + digit) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        return Character(String((11 - product) % 10))
    }

    /// True for `SC` followed by 14 digits whose last digit checks.
    public static func isValidProductionLicence(_ number: String) -> Bool {
        guard number.hasPrefix("SC") else { return false }
        let digits = String(number.dropFirst(2))
        guard digits.count == 14, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return false }
        return productionLicenceCheck(String(digits.prefix(13))) == digits.last
    }
}
