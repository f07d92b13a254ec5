import Testing
@testable import BriefAnalysis

/// Bibliography entries read into their parts, one case per shape of names.
@Suite struct EntryParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var entry: String
        /// `surname|given|inverted` per author.
        var authors: [String]
        var year: String?
        var title: String?
        var publication: String?
        var date: String?
        var testDescription: String { String(entry.prefix(40)) }
    }

    private func parse(_ entry: String) -> Source {
        let bytes = Array(entry.utf8)
        return bytes.withUnsafeBufferPointer { EntryParser.parse($0, TextRange(0, bytes.count)).0 }
    }

    @Test(arguments: [
        Case(entry: "Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept.",
             authors: ["Caryl|Christian|true"], year: "2015", title: "Realists, Beware of Russians Making Deals",
             publication: "Foreign Policy", date: "29 Sept"),
        Case(entry: "MICHAEL R. GORDON. 2015. “Russia Surprises US with Accord with Battling ISIS.” The New York Times, 27 Sept.",
             authors: ["GORDON|MICHAEL R.|false"], year: "2015", title: "Russia Surprises US with Accord with Battling ISIS",
             publication: "The New York Times", date: "27 Sept"),
        Case(entry: "Nissembaum, Dion, Adam Entous, Nathan Hodge, and Sam Dagher. 2015. “Russian Airstrike.” Wall Street Journal, 01/10/2015.",
             authors: ["Nissembaum|Dion|true", "Entous|Adam|false", "Hodge|Nathan|false", "Dagher|Sam|false"], year: "2015",
             title: "Russian Airstrike", publication: "Wall Street Journal", date: "01/10/2015"),
        Case(entry: "Berners-Lee, T., Masinter, L. and M. McCahill, \"Uniform Resource\n       Locators (URL)\", RFC 1738, December 1994.",
             authors: ["Berners-Lee|T.|true", "Masinter|L.|true", "McCahill|M.|false"], year: "1994",
             title: "Uniform Resource Locators (URL)", publication: "RFC 1738", date: "December 1994"),
        Case(entry: "Fielding, R., \"Relative Uniform Resource Locators\", RFC 1808, June 1995.",
             authors: ["Fielding|R.|true"], year: "1995", title: "Relative Uniform Resource Locators", publication: "RFC 1808",
             date: "June 1995"),
        Case(entry: "Smith, John, et al. 2019. _The Long Title_. Oxford University Press.",
             authors: ["Smith|John|true"], year: "2019", title: "The Long Title", publication: "Oxford University Press", date: nil),
        Case(entry: "Beethoven, Ludwig van. 1810. *Letters*. Vienna, May 1810.",
             authors: ["Beethoven|Ludwig van|true"], year: "1810", title: "Letters", publication: "Vienna", date: "May 1810"),
        Case(entry: "Müller, Jörg & Anna Schmidt. 2001. “Über Grenzen.” Die Zeit, 3 May.",
             authors: ["Müller|Jörg|true", "Schmidt|Anna|false"], year: "2001", title: "Über Grenzen", publication: "Die Zeit",
             date: "3 May"),
        Case(entry: "Smith, J. (2015). Title of the book. Publisher.",
             authors: ["Smith|J.|true"], year: "2015", title: "Title of the book", publication: "Publisher", date: nil),
        Case(entry: "S. Spero, \"Analysis of HTTP Performance Problems,\" http://example.org/p.html.",
             authors: ["Spero|S.|false"], year: nil, title: "Analysis of HTTP Performance Problems", publication: "http://example.org/p.html",
             date: nil),
        Case(entry: "Smith J, Jones K. 2015. “Vancouver Style.” Lancet.",
             authors: ["Smith|J|true", "Jones|K.|true"], year: "2015", title: "Vancouver Style", publication: "Lancet", date: nil),
        Case(entry: "Caryl, Christian. 2015. [“Realists.”](https://foreignpolicy.com/r) Foreign Policy, 29 Sept.",
             authors: ["Caryl|Christian|true"], year: "2015", title: "Realists", publication: "Foreign Policy", date: "29 Sept"),
        Case(entry: "Ludwig van Beethoven. 1810. “Letters.” Vienna.",
             authors: ["van Beethoven|Ludwig|false"], year: "1810", title: "Letters", publication: "Vienna", date: nil),
        // Chicago books in plain text: the title is the sentence after the names.
        Case(entry: "Eyler, Brian. Last Days of the Mighty Mekong. London: Zed Books, 2019.",
             authors: ["Eyler|Brian|true"], year: "2019", title: "Last Days of the Mighty Mekong", publication: "London: Zed Books",
             date: nil),
        Case(entry: "de Gaulle, Charles. Mémoires de guerre. Paris: Plon, 1954.",
             authors: ["de Gaulle|Charles|true"], year: "1954", title: "Mémoires de guerre", publication: "Paris: Plon", date: nil),
        // Organisations are one author, written as they stand.
        Case(entry: "Bank for International Settlements. “Central Bank Digital Currencies.” Report no. 1. Basel: BIS, 2020.",
             authors: ["Bank for International Settlements|-|false"], year: "2020", title: "Central Bank Digital Currencies",
             publication: "Report no", date: nil),
        Case(entry: "World Bank. 2023a. “Global Economic Prospects.” January.",
             authors: ["World Bank|-|false"], year: "2023", title: "Global Economic Prospects", publication: "January", date: nil),
        Case(entry: "Amnesty International. 2017. “Greece: Lives on Hold.” Report.",
             authors: ["Amnesty International|-|false"], year: "2017", title: "Greece: Lives on Hold", publication: "Report", date: nil),
        Case(entry: "U.S. Department of State. 2022. “Press Release.” May 18.",
             authors: ["U.S. Department of State|-|false"], year: "2022", title: "Press Release", publication: nil, date: "May 18"),
        Case(entry: "World Bank. World Development Report 2020. Washington, DC: World Bank, 2020.",
             authors: ["World Bank|-|false"], year: "2020", title: "World Development Report 2020", publication: "Washington",
             date: nil),
        Case(entry: "Department for Education. (2023). Working lives of teachers: Wave 1. DfE.",
             authors: ["Department for Education|-|false"], year: "2023", title: "Working lives of teachers: Wave 1",
             publication: "DfE", date: nil),
        Case(entry: "Food and Agriculture Organization. “FAO Food Price Index.” Accessed June 3, 2022. https://www.fao.org/.",
             authors: ["Food and Agriculture Organization|-|false"], year: "2022", title: "FAO Food Price Index", publication: nil,
             date: nil),
        Case(entry: "Krueger, Anne O. A New Approach to Sovereign Debt Restructuring. Washington, DC: IMF, 2002.",
             authors: ["Krueger|Anne O.|true"], year: "2002", title: "A New Approach to Sovereign Debt Restructuring",
             publication: "Washington", date: nil),
        Case(entry: "Buchheit, Lee C., and G. Mitu Gulati. Sovereign Bonds. Durham: Duke University Press, 2021.",
             authors: ["Buchheit|Lee C.|true", "Gulati|G. Mitu|false"], year: "2021", title: "Sovereign Bonds",
             publication: "Durham: Duke University Press", date: nil),
        Case(entry: "G20. “Common Framework for Debt Treatments.” 13 November 2020.",
             authors: ["G20|-|false"], year: "2020", title: "Common Framework for Debt Treatments", publication: nil,
             date: "13 November 2020"),
        Case(entry: "Ministry of Finance and National Planning, Zambia. “Statement on Debt Service.” Press release, 2020.",
             authors: ["Ministry of Finance and National Planning, Zambia|-|false"], year: "2020", title: "Statement on Debt Service",
             publication: "Press release", date: nil),
        Case(entry: "Doe, Jane, ed. The Handbook of Rural Credit. Oxford: Oxford University Press, 2019.",
             authors: ["Doe|Jane|true"], year: "2019", title: "The Handbook of Rural Credit",
             publication: "Oxford: Oxford University Press", date: nil),
        Case(entry: "Smith, John R. Wealth and Poverty. New York: Knopf, 2001.",
             authors: ["Smith|John R.|true"], year: "2001", title: "Wealth and Poverty", publication: "New York: Knopf", date: nil),
        Case(entry: "Tolkien, J. R. R. The Hobbit. London: Allen & Unwin, 1937.",
             authors: ["Tolkien|J. R. R.|true"], year: "1937", title: "The Hobbit", publication: "London: Allen & Unwin", date: nil),
        // Near misses: persons written given name first stay persons.
        Case(entry: "Jane Doe. 2019. “Rural Credit.” Journal A.",
             authors: ["Doe|Jane|false"], year: "2019", title: "Rural Credit", publication: "Journal A", date: nil),
    ])
    func entryParts(_ example: Case) {
        let source = parse(example.entry)
        #expect(source.authors.map { "\($0.surname)|\($0.given ?? "-")|\($0.isInverted)" } == example.authors)
        #expect(source.year == example.year)
        #expect(source.title == example.title)
        #expect(source.publication == example.publication)
        #expect(source.date == example.date)
    }

    @Test func rangesPointIntoTheEntry() {
        let entry = "Caryl, Christian. 2015. “Realists.” Foreign Policy, 29 Sept."
        let source = parse(entry)
        let text = SourceText(entry)
        #expect(source.authors.first.map { text.string(in: $0.range) } == "Caryl, Christian")
        #expect(source.yearRange.map { text.string(in: $0) } == "2015")
        #expect(source.titleRange.map { text.string(in: $0) } == "Realists")
        #expect(source.dateRange.map { text.string(in: $0) } == "29 Sept")
    }
}
