/// The kind-specific part of a record. Each conforming type is the `body` of one ``RecordKind``.
public protocol RecordBody: Codable, Sendable, Hashable {
    /// The kind whose body this is.
    static var kind: RecordKind { get }
    /// Checks beyond the types: id formats, positive quantities, exactly-one-of rules.
    func validate() throws(RecordProblem)
}

/// A body of any kind, decoded.
public enum AnyBody: Sendable, Hashable {
    case register(RegisterBody)
    case revoke(RevokeBody)
    case certify(CertifyBody)
    case produce(ProduceBody)
    case transform(TransformBody)
    case ship(ShipBody)
    case receive(ReceiveBody)
    case test(TestBody)
    case sell(SellBody)
    case use(UseBody)
    case recall(RecallBody)
    case dispose(DisposeBody)
    case count(CountBody)
    case void(VoidBody)
    indirect case attest(AttestBody)

    /// The Swift type of the body of `kind`.
    public static func type(of kind: RecordKind) -> any RecordBody.Type {
        switch kind {
        case .register: return RegisterBody.self
        case .revoke: return RevokeBody.self
        case .certify: return CertifyBody.self
        case .produce: return ProduceBody.self
        case .transform: return TransformBody.self
        case .ship: return ShipBody.self
        case .receive: return ReceiveBody.self
        case .test: return TestBody.self
        case .sell: return SellBody.self
        case .use: return UseBody.self
        case .recall: return RecallBody.self
        case .dispose: return DisposeBody.self
        case .count: return CountBody.self
        case .void: return VoidBody.self
        case .attest: return AttestBody.self
        }
    }

    init(_ body: any RecordBody) {
        switch body {
        case let b as RegisterBody: self = .register(b)
        case let b as RevokeBody: self = .revoke(b)
        case let b as CertifyBody: self = .certify(b)
        case let b as ProduceBody: self = .produce(b)
        case let b as TransformBody: self = .transform(b)
        case let b as ShipBody: self = .ship(b)
        case let b as ReceiveBody: self = .receive(b)
        case let b as TestBody: self = .test(b)
        case let b as SellBody: self = .sell(b)
        case let b as UseBody: self = .use(b)
        case let b as RecallBody: self = .recall(b)
        case let b as DisposeBody: self = .dispose(b)
        case let b as CountBody: self = .count(b)
        case let b as VoidBody: self = .void(b)
        case let b as AttestBody: self = .attest(b)
        default: fatalError("unknown body type \(Swift.type(of: body))")
        }
    }

    /// The body as the protocol type.
    public var value: any RecordBody {
        switch self {
        case .register(let b): return b
        case .revoke(let b): return b
        case .certify(let b): return b
        case .produce(let b): return b
        case .transform(let b): return b
        case .ship(let b): return b
        case .receive(let b): return b
        case .test(let b): return b
        case .sell(let b): return b
        case .use(let b): return b
        case .recall(let b): return b
        case .dispose(let b): return b
        case .count(let b): return b
        case .void(let b): return b
        case .attest(let b): return b
        }
    }
}
