import TraceModel

/// The reconciliation in lot units; see ``DrillReport`` and the README for the definition of accounted-for.
public struct DrillReconciliation: Sendable, Codable, Hashable {
    public var unit: String
    /// The lot's created quantity.
    public var produced: String
    /// Every hop's shipped and received quantity, summed over hops (a quantity shipped twice counts twice).
    public var shipped: String
    public var received: String
    /// End states: what is where now.
    public var onHand: String
    public var sold: String
    public var used: String
    public var destroyed: String
    public var returned: String
    /// Shipped and never received (no step forward).
    public var inTransit: String
    /// Every part of the lot not in an end state: in transit, refused without a return, lost between ship and receive.
    public var unaccounted: String
    /// Quantity given out beyond what a batch held (sold more than received): not from this lot.
    public var excessOut: String
    /// onHand + sold + used + destroyed + returned.
    public var accounted: String
    /// accounted ÷ produced × 100, two places; exactly `100` only when every batch balances exactly.
    public var accountedPercent: String
    /// True when no part of the lot is unaccounted, checked exactly in each batch's own unit.
    public var exact: Bool
}

/// One batch of the forward trace, in its own unit.
public struct DrillBatch: Sendable, Codable, Hashable {
    public var code: String
    public var holder: String
    public var product: String?
    public var unit: String
    public var created: String
    public var transformed: String
    public var shipped: String
    public var sold: String
    public var used: String
    public var returned: String
    public var destroyed: String
    public var onHand: String
    /// Lot units per unit of this batch (through transforms, by actual yield).
    public var lotUnitsPerUnit: String
    /// The part of the lot that reached this batch, in lot units.
    public var lotQuantity: String
}
