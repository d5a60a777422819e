import TraceModel

extension EPCISMapping {
    static func produce(_ b: ProduceBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, b.quantity)]))
        e.set("action", "ADD")
        e.set("bizStep", "commissioning")
        e.set("disposition", "active")
        e.set("readPoint", places.readPoint)
        e.set("bizLocation", places.bizLocation)
        var ilmd: [(key: String, value: JSONValue)] = [
            ("ft:productCode", .string(b.product.code)), ("ft:productName", .string(b.product.name)),
            ("ft:category", .string(b.product.category.rawValue)), ("ft:originArea", .string(b.origin.area)),
            ("ft:originName", .string(b.origin.name)),
        ]
        if let expires = b.expires {
            ilmd.append(("cbvmda:itemExpirationDate", .string(String(expires.text.prefix(10)))))
        }
        e.set("ilmd", .object(ilmd))
        return e
    }

    static func transform(_ b: TransformBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "TransformationEvent", at: at)
        e.set("inputQuantityList", EventBuilder.quantityList(b.inputs.map { ($0.batch, $0.quantity) }))
        e.set("outputQuantityList", EventBuilder.quantityList(b.outputs.map { ($0.batch, $0.quantity) }))
        e.set("bizStep", b.process == .slaughter ? "killing" : "commissioning")
        e.set("readPoint", places.readPoint)
        e.set("bizLocation", places.bizLocation)
        e.set("ilmd", .object([("ft:process", .string(b.process.rawValue))]))
        return e
    }

    static func ship(_ b: ShipBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, b.quantity)]))
        e.set("action", "OBSERVE")
        e.set("bizStep", "shipping")
        e.set("disposition", "in_transit")
        e.set("readPoint", places.readPoint)
        e.set("bizTransactionList", transactions(shipper: places.issuer, shipment: b.shipment, documents: b.documents))
        e.set("sourceList", EventBuilder.entries("source", places.custody(places.issuer)))
        e.set("destinationList", EventBuilder.entries("destination", places.custody(b.to)))
        return e
    }

    static func receive(_ b: ReceiveBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        e.set("quantityList", EventBuilder.quantityList([(b.batch, b.quantity)]))
        e.set("action", "OBSERVE")
        e.set("bizStep", b.accepted ? "accepting" : "receiving")
        e.set("disposition", b.accepted ? "active" : "non_conformant")
        e.set("readPoint", places.readPoint)
        if b.accepted { e.set("bizLocation", places.bizLocation) }
        e.set("bizTransactionList", transactions(shipper: b.from, shipment: b.shipment, documents: b.documents))
        e.set("sourceList", EventBuilder.entries("source", places.custody(b.from)))
        e.set("destinationList", EventBuilder.entries("destination", places.custody(places.issuer)))
        if b.as != b.batch { e.set("ft:localLot", FoodTraceURI.lot(b.as)) }
        return e
    }

    static func transactions(shipper: String, shipment: String, documents: [DocumentRef]) -> JSONValue {
        EventBuilder.entries(
            "bizTransaction",
            [("desadv", FoodTraceURI.shipment(shipper: shipper, number: shipment))]
                + documents.map { ("cert", FoodTraceURI.document($0)) })
    }

    static func test(_ b: TestBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        if let report = b.report { e.set("certificationInfo", FoodTraceURI.document(report)) }
        e.set("quantityList", EventBuilder.quantityList([(b.batch, nil)]))
        e.set("action", "OBSERVE")
        e.set("bizStep", "inspecting")
        e.set("disposition", b.result == "negative" ? "conformant" : "non_conformant")
        e.set("readPoint", places.readPoint)
        e.set("bizLocation", places.bizLocation)
        if let report = b.report {
            e.set(
                "bizTransactionList",
                EventBuilder.entries("bizTransaction", [("testres", FoodTraceURI.document(report))]))
        }
        var sensorReport: [(key: String, value: JSONValue)] = [
            ("type", .string(FoodTraceURI.analyte(b.analyte))), ("stringValue", .string(b.result)),
            ("ft:method", .string(b.method)),
        ]
        if let value = b.value { sensorReport.append(("ft:measured", .string(value))) }
        e.set(
            "sensorElementList",
            .array([
                .object([
                    ("sensorMetadata", .object([("time", .string(at.text))])),
                    ("sensorReport", .array([.object(sensorReport)])),
                ])
            ]))
        return e
    }

    static let batchDocuments: Set<DocumentType> = [
        .animalQuarantine, .productQuarantine, .meatInspection, .testReport, .complianceProof,
    ]

    static func certify(_ b: CertifyBody, _ at: Timestamp, _ places: Places) -> EventBuilder {
        var e = EventBuilder(type: "ObjectEvent", at: at)
        let document = FoodTraceURI.document(DocumentRef(type: b.type, number: b.number))
        e.set("certificationInfo", document)
        if let batch = b.batch {
            e.set("quantityList", EventBuilder.quantityList([(batch, b.quantity)]))
        } else {
            e.set("epcList", .array([]))
        }
        e.set("action", "OBSERVE")
        if b.batch != nil || batchDocuments.contains(b.type) { e.set("bizStep", "inspecting") }
        e.set("disposition", b.result == "pass" ? "conformant" : b.result == "fail" ? "non_conformant" : nil)
        e.set("readPoint", places.readPoint)
        e.set("bizTransactionList", EventBuilder.entries("bizTransaction", [("cert", document)]))
        if let destination = b.destination {
            e.set("destinationList", EventBuilder.entries("destination", places.custody(destination)))
        }
        e.set("ft:documentType", b.type.rawValue)
        if let subject = b.subject { e.set("ft:subject", FoodTraceURI.party(subject)) }
        return e
    }
}
