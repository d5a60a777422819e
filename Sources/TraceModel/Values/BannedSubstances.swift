/// Substances banned in food animals: a positive test for one stops the batch, and everything made from it, from
/// being sold, shipped, processed or served until a confirmatory test clears it.
///
/// From the list of drugs and other compounds banned for use in food animals (农业农村部公告第250号, 2019): the
/// β-agonists (瘦肉精), chloramphenicol, the nitrofurans, malachite green and diethylstilbestrol. Analytes are
/// the names records use (`TestBody/analyte`), lower case.
public enum BannedSubstances {
    /// Analyte name → Chinese name.
    public static let names: [String: String] = [
        "clenbuterol": "克仑特罗(瘦肉精)",
        "ractopamine": "莱克多巴胺(瘦肉精)",
        "salbutamol": "沙丁胺醇(瘦肉精)",
        "cimaterol": "西马特罗(瘦肉精)",
        "chloramphenicol": "氯霉素",
        "furazolidone": "呋喃唑酮",
        "nitrofurazone": "呋喃西林",
        "nitrofurans": "硝基呋喃类",
        "malachite-green": "孔雀石绿",
        "diethylstilbestrol": "己烯雌酚",
    ]

    /// Whether a test for `analyte` is a test for a banned substance (case and spaces ignored; `_` or a space
    /// read as `-`).
    public static func contains(_ analyte: String) -> Bool { names[normalised(analyte)] != nil }

    /// The Chinese name of `analyte`, or the analyte itself.
    public static func chineseName(_ analyte: String) -> String { names[normalised(analyte)] ?? analyte }

    private static func normalised(_ analyte: String) -> String {
        String(analyte.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }
}
