import Testing
@testable import BriefAnalysis

@Suite struct FindingPolicyTests {
    @Test func settingsRaiseLowerAndTurnOffCodes() {
        let (policy, problems) = FindingPolicy.parse(["BRF041": "off", "brf033": "Warning", "BRF011": "error", "BRF999": "off", "BRF002": "loud"])
        #expect(problems == ["unknown severity “loud” for BRF002", "unknown diagnostic code “BRF999”"])
        let seed = Analyzer.analyze("T\n\nA.[1]\n\n[1] Ibdi.\n\nMICHAEL GORDON. 2015. “Title.” Times, 01/10/2015.\n", kind: .plain)
        let before = seed.findings.map { "\($0.code.rawValue):\($0.severity.label)" }
        let after = policy.apply(seed.findings).map { "\($0.code.rawValue):\($0.severity.label)" }
        #expect(before.contains("BRF011:warning"))
        #expect(before.contains("BRF041:info"))
        #expect(before.contains("BRF033:info"))
        #expect(after.contains("BRF011:error"))
        #expect(!after.contains { $0.hasPrefix("BRF041") })
        #expect(after.filter { $0.hasPrefix("BRF033") }.allSatisfy { $0 == "BRF033:warning" })
        #expect(FindingPolicy().apply(seed.findings) == seed.findings)
    }
}
