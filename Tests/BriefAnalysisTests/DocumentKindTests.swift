import Testing
import BriefAnalysis

@Suite struct DocumentKindTests {
    @Test(arguments: [
        ("markdown", "notes.txt", DocumentKind.markdown),
        ("brief", "notes.md", .plain),
        ("plaintext", nil, .plain),
        (nil, "/a/b/Brief.MD", .markdown),
        (nil, "paper.markdown", .markdown),
        (nil, "paper.brief", .plain),
        ("rust", "x.md", .markdown),
        (nil, "no-extension", .plain),
    ] as [(String?, String?, DocumentKind)])
    func languageIDDecidesThenTheExtension(languageID: String?, path: String?, expected: DocumentKind) {
        #expect(DocumentKind.infer(languageID: languageID, path: path) == expected)
    }
}
