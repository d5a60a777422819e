import Foundation
import Testing
import TraceAudit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Report formats: JSON Schemas, SARIF 2.1.0 required fields, JUnit XML")
struct ReportValidationTests {
    @Test("the JSON report validates against schemas/audit-report.schema.json")
    func jsonReportSchema() throws {
        let (_, text) = try FixtureReports.audit("json")
        let problems = try Python.validate(
            try FixtureReports.file(text, name: "report.json"),
            against: Files.schemas.appendingPathComponent("audit-report.schema.json"))
        #expect(problems == nil)
        // Near miss: the schema notices a finding with an unknown severity.
        let broken = text.replacingOccurrences(of: "\"severity\" : \"critical\"", with: "\"severity\" : \"fatal\"")
        #expect(broken != text)
        #expect(
            try Python.validate(
                try FixtureReports.file(broken, name: "broken.json"),
                against: Files.schemas.appendingPathComponent("audit-report.schema.json")) != nil)
    }

    @Test("the rules listing validates against schemas/audit-rules.schema.json")
    func rulesSchema() throws {
        let text = try FixtureReports.rules("json")
        #expect(
            try Python.validate(
                try FixtureReports.file(text, name: "rules.json"),
                against: Files.schemas.appendingPathComponent("audit-rules.schema.json")) == nil)
    }

    @Test("SARIF has the fields SARIF 2.1.0 requires, and every ruleId resolves to a rule of its run")
    func sarif() throws {
        let (_, text) = try FixtureReports.audit("sarif")
        let schema = Files.fixture("sarif-2.1.0-required.schema.json")
        #expect(try Python.validate(try FixtureReports.file(text, name: "report.sarif"), against: schema) == nil)
        // Near miss: without a driver name the fixture schema refuses the log.
        let nameless = text.replacingOccurrences(of: "\"name\" : \"fixture\"", with: "\"nom\" : \"fixture\"")
        #expect(nameless != text)
        #expect(try Python.validate(try FixtureReports.file(nameless, name: "nameless.sarif"), against: schema) != nil)

        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        for run in runs {
            let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
            #expect(driver["name"] as? String == "fixture")
            let rules = try #require(driver["rules"] as? [[String: Any]])
            let ids = rules.compactMap { $0["id"] as? String }
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(results.count == 5)
            for result in results {
                let ruleID = try #require(result["ruleId"] as? String)
                let index = try #require(result["ruleIndex"] as? Int)
                #expect(ids.indices.contains(index) && ids[index] == ruleID)
                #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            }
            let levels = results.compactMap { $0["level"] as? String }
            #expect(levels == ["note", "warning", "error", "error", "error"])
        }
    }

    @Test(
        "JUnit XML parses, with a suite per plugin, a case per rule and a failure per finding at fail-on",
        arguments: [("violation", 3, 3), ("warning", 4, 4), ("critical", 1, 1)])
    func junit(failOn: String, failingCases: Int, failureElements: Int) throws {
        let (_, text) = try FixtureReports.audit("junit", extra: ["--fail-on", failOn])
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            suites = root.findall('testsuite')
            cases = root.findall('testsuite/testcase')
            failing = [c for c in cases if c.find('failure') is not None]
            failures = root.findall('testsuite/testcase/failure')
            print(root.tag, len(suites), len(cases), len(failing), len(failures), root.get('tests'), root.get('failures'),
                  suites[0].get('name'), suites[0].get('tests'), suites[0].get('failures'))
            """
        let result = try Python.run(script, [try FixtureReports.file(text, name: "report.xml").path])
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.output
                == "testsuites 1 5 \(failingCases) \(failureElements) 5 \(failingCases) fixture 5 \(failingCases)\n")
    }
}
