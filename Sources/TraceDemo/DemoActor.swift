import Foundation
import TraceCrypto
import TraceModel

/// One party of the demo city: its registration, key, chain head and trace-code serials.
final class DemoActor {
    let id: String
    let name: String
    let role: Role
    let area: String
    let node: String
    let parent: String?
    let key: PrivateKey
    var creditCode: String
    var seq = 0
    var prev: String?
    /// The time of the party's last record (or of its registration): a party's records never go back in time.
    var lastAt: Timestamp?
    private var serials: [String: Int] = [:]
    /// What the party holds now, oldest first.
    var stock: [Stock] = []

    init(
        id: String, name: String, role: Role, area: String, node: String, parent: String?, seed: UInt64,
        creditCode: String
    ) throws {
        self.id = id
        self.name = name
        self.role = role
        self.area = area
        self.node = node
        self.parent = parent
        self.creditCode = creditCode
        let material = Digest.sha256(Array("foodtrace-demo|\(seed)|\(id)".utf8))
        key = try PrivateKey(ed25519Seed: material)
    }

    var registeredKey: RegisteredKey {
        RegisteredKey(
            id: key.publicKey.keyID, alg: key.algorithm.rawValue,
            spki: Data(key.publicKey.spkiDER).base64EncodedString())
    }

    /// The next trace code of this node for the local date of `time`.
    func nextCode(at time: Timestamp) -> TraceCode {
        let date = time.localDateDigits
        let serial = serials[date, default: 0]
        serials[date] = serial + 1
        precondition(serial < 10_000, "more than 10,000 trace codes in one day at \(id)")
        return TraceCode(area: area, node: node, date: date, serial: serial)!
    }
}

/// A batch a demo party holds.
struct Stock {
    var code: TraceCode
    var product: Product
    var unit: QuantityUnit
    var onHand: Amount
    var expires: Timestamp?
    /// The documents its receipts quote (quarantine, inspection, compliance proof).
    var documents: [DocumentRef]
    /// The batch it was received from, and the shipper.
    var upstream: TraceCode?
    var supplier: String?
    /// True once recalled: no longer sold or used (unless a defect says otherwise).
    var recalled = false
    /// Defects whose records grow with every later receipt of this stock.
    var taints: [Int] = []
    /// The receive record that created this batch, if any.
    var receipt: String?
}

extension Array where Element == Stock {
    /// Index of the first batch of `categories` with something on hand.
    func firstIndex(of categories: Set<ProductCategory>, atLeast amount: Amount = Amount(micros: 1)) -> Int? {
        firstIndex { categories.contains($0.product.category) && $0.onHand >= amount && !$0.recalled }
    }
}
