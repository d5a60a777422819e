enum Check {
    static func party(_ id: String?, _ field: String) throws(RecordProblem) {
        guard let id else { return }
        guard PartyID.isValid(id) else {
            throw RecordProblem(field: "$.body.\(field)", Message.Body.badPartyID(id))
        }
    }

    static func positive(_ quantity: Quantity?, _ field: String) throws(RecordProblem) {
        guard let quantity else { return }
        guard quantity.value > .zero else {
            throw RecordProblem(field: "$.body.\(field).value", Message.Body.positive)
        }
    }

    static func digits(_ text: String?, count: Int, _ field: String) throws(RecordProblem) {
        guard let text else { return }
        guard text.utf8.count == count, text.utf8.allSatisfy({ (48...57).contains($0) }) else {
            throw RecordProblem(field: "$.body.\(field)", Message.Body.digits(count))
        }
    }

    static func nonEmpty(_ text: String, _ field: String) throws(RecordProblem) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RecordProblem(field: "$.body.\(field)", Message.Body.nonEmpty)
        }
    }

    static func oneOf(_ text: String, _ allowed: [String], _ field: String) throws(RecordProblem) {
        guard allowed.contains(text) else {
            throw RecordProblem(field: "$.body.\(field)", Message.Body.notOneOf(text, allowed))
        }
    }
}

extension RegisterBody {
    public func validate() throws(RecordProblem) {
        try Check.party(party, "party")
        try Check.party(parent, "parent")
        try Check.nonEmpty(name, "name")
        try Check.digits(area, count: 6, "area")
        try Check.digits(node, count: 3, "node")
        guard !keys.isEmpty else { throw RecordProblem(field: "$.body.keys", Message.Body.atLeastOne("密钥", "key")) }
        for (index, key) in keys.enumerated() {
            try Check.oneOf(key.alg, ["ed25519", "sm2-sm3"], "keys[\(index)].alg")
        }
    }
}

extension RevokeBody {
    public func validate() throws(RecordProblem) {
        let targets = [key != nil, certificate != nil, party != nil].filter { $0 }.count
        guard targets == 1 else {
            throw RecordProblem(field: "$.body", Message.Body.exactlyOne("key, certificate, party"))
        }
        try Check.party(party, "party")
        if let lastSeq {
            guard lastSeq >= 0 else { throw RecordProblem(field: "$.body.lastSeq", Message.Body.notNegative) }
            guard certificate == nil else {
                throw RecordProblem(field: "$.body.lastSeq", Message.Body.lastSeqOnlyForChains)
            }
        }
    }
}

extension CertifyBody {
    public func validate() throws(RecordProblem) {
        try Check.nonEmpty(number, "number")
        try Check.party(subject, "subject")
        try Check.party(destination, "destination")
        try Check.positive(quantity, "quantity")
        try Check.digits(origin?.area, count: 6, "origin.area")
        if let validUntil, validUntil < validFrom {
            throw RecordProblem(field: "$.body.validUntil", Message.Body.beforeValidFrom)
        }
    }
}

extension ProduceBody {
    public func validate() throws(RecordProblem) {
        try Check.positive(quantity, "quantity")
        try Check.digits(origin.area, count: 6, "origin.area")
    }
}

extension TransformBody {
    public func validate() throws(RecordProblem) {
        guard !inputs.isEmpty else {
            throw RecordProblem(field: "$.body.inputs", Message.Body.atLeastOne("投入", "input"))
        }
        guard !outputs.isEmpty else {
            throw RecordProblem(field: "$.body.outputs", Message.Body.atLeastOne("产出", "output"))
        }
        for (index, input) in inputs.enumerated() { try Check.positive(input.quantity, "inputs[\(index)].quantity") }
        for (index, output) in outputs.enumerated() {
            try Check.positive(output.quantity, "outputs[\(index)].quantity")
        }
    }
}

extension ShipBody {
    public func validate() throws(RecordProblem) {
        try Check.nonEmpty(shipment, "shipment")
        try Check.party(to, "to")
        try Check.positive(quantity, "quantity")
    }
}

extension ReceiveBody {
    public func validate() throws(RecordProblem) {
        try Check.nonEmpty(shipment, "shipment")
        try Check.party(from, "from")
        try Check.positive(quantity, "quantity")
    }
}

extension TestBody {
    public func validate() throws(RecordProblem) {
        try Check.nonEmpty(analyte, "analyte")
        try Check.oneOf(method, ["rapid", "lab"], "method")
        try Check.oneOf(result, ["negative", "positive"], "result")
        if let clears {
            guard RecordID.isValid(clears) else {
                throw RecordProblem(field: "$.body.clears", Message.Body.notARecordID(clears))
            }
            guard method == "lab", result == "negative" else {
                throw RecordProblem(field: "$.body.clears", Message.Body.onlyNegativeLabClears)
            }
        }
    }
}

extension SellBody {
    public func validate() throws(RecordProblem) {
        try Check.positive(quantity, "quantity")
        if pricedIn != nil, quantity.unit != .kilogram {
            throw RecordProblem(field: "$.body.pricedIn", Message.Body.pricedInKeepsKilograms)
        }
    }
}

extension CountBody {
    public func validate() throws(RecordProblem) {
        if let note { try Check.nonEmpty(note, "note") }
    }
}

extension VoidBody {
    public func validate() throws(RecordProblem) {
        try Check.nonEmpty(reason, "reason")
    }
}

extension UseBody {
    public func validate() throws(RecordProblem) {
        try Check.oneOf(service, ["breakfast", "lunch", "dinner", "snack"], "service")
        if let diners, !(1...1_000_000).contains(diners) {
            throw RecordProblem(field: "$.body.diners", Message.Body.diners(diners))
        }
        guard !dishes.isEmpty else {
            throw RecordProblem(field: "$.body.dishes", Message.Body.atLeastOne("菜品", "dish"))
        }
        for (d, dish) in dishes.enumerated() {
            try Check.nonEmpty(dish.name, "dishes[\(d)].name")
            for (i, ingredient) in dish.ingredients.enumerated() {
                try Check.positive(ingredient.quantity, "dishes[\(d)].ingredients[\(i)].quantity")
            }
        }
    }
}

extension RecallBody {
    public func validate() throws(RecordProblem) {
        try Check.nonEmpty(recall, "recall")
        guard (1...3).contains(level) else { throw RecordProblem(field: "$.body.level", Message.Body.level) }
    }
}

extension DisposeBody {
    public func validate() throws(RecordProblem) {
        try Check.positive(quantity, "quantity")
        try Check.oneOf(method, ["returned", "destroyed"], "method")
    }
}
