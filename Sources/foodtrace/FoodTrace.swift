import ArgumentParser

/// The `foodtrace` command: signed batch records, traceability, slips and audits.
@main
struct FoodTrace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foodtrace",
        abstract: "Food-chain traceability: signed batch records, trace up and down, slips, audits.",
        discussion: """
            Exit codes: 0 ok; 1 a check failed or findings were reported; 2 bad input (nothing was changed).
            The store is ./foodtrace.sqlite unless --store or FOODTRACE_STORE says otherwise.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Keys.self, RecordCommand.self, Sign.self, Ingest.self, Export.self, Verify.self, Show.self,
            Log.self, Trace.self, Balance.self, Demo.self, Audit.self, Recall.self, Sell.self, Slip.self, Trust.self,
            EPCIS.self, Import.self,
        ]
    )
}
