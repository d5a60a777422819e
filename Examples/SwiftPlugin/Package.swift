// swift-tools-version:6.3
import PackageDescription

/// An audit plugin written outside FoodTrace, against its SDK alone: `FoodTraceKit` by path here, as another
/// package would name it by URL and version. Built as a shared library and loaded with
/// `foodtrace audit --plugin-path libShelfLifeAudit.so`.
let package = Package(
    name: "ShelfLifeAudit",
    products: [
        .library(name: "ShelfLifeAudit", type: .dynamic, targets: ["ShelfLifeAudit"])
    ],
    dependencies: [
        .package(name: "FoodTrace", path: "../..")
    ],
    targets: [
        .target(name: "ShelfLifeAudit", dependencies: [.product(name: "FoodTraceKit", package: "FoodTrace")])
    ]
)
