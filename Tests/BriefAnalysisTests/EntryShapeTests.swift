import Testing
@testable import BriefAnalysis

@Suite struct EntryShapeTests {
    private func looksLikeEntry(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { EntryShape.looksLikeEntry($0, TextRange(0, bytes.count)) }
    }

    @Test(arguments: [
        "Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept.",
        "MICHAEL R. GORDON. 2015. “Russia Surprises US with Accord with Battling ISIS.” The New York Times, 27 Sept.",
        "Nissembaum, Dion, Adam Entous, Nathan Hodge, and Sam Dagher. 2015. “Russian Airstrike in Syria Targeted CIA-Backed Rebels, U.S. Officials Say.” Wall Street Journal, 01/10/2015.",
        "Ryan, Missy. 2015. \"Russian, Syrian Partnership Poses a New Challenge.\" The Washington Post, 28 Sept.",
        "Smith, John, et al. 2019. _The Long Title_. Oxford University Press.",
        "Michael Gordon. 2015. *Russia Surprises US*. The New York Times.",
        "Berners-Lee, T., Masinter, L. and M. McCahill, \"Uniform Resource\n       Locators (URL)\", RFC 1738, December 1994.",
        "Alvestrand, H., \"Tags for the Identification of Languages\", RFC\n       1766, March 1995.",
        "Smith, J. (2015). Title of the book. Publisher.",
        "- Caryl, Christian. 2015. “Realists.” Foreign Policy.",
        "Caryl, Christian. 2015. Realists, Beware of Russians Making Deals. Foreign Policy.",
        "Müller, Jörg. 2001. “Über Grenzen.” Die Zeit, 3 May.",
        "O’Brien, Pat. 1999. “A Title.” Press.",
        "Reuters. 2015. “Russia Strikes Again.” Wire service, 2 Oct.",
        "Jensen, Samuel. “Islamic over Lessons Defeat.” Financial Times, 5 Aug.",
        "Eyler, Brian. Last Days of the Mighty Mekong. London: Zed Books, 2019.",
        "de Gaulle, Charles. Mémoires de guerre. Paris: Plon, 1954.",
        "Bank for International Settlements. “Central Bank Digital Currencies.” Report no. 1. Basel: BIS, 2020.",
        "U.S. Department of State. 2022. “Press Release.” May 18.",
        "Doe, Jane, ‘Fiscal Futures’, Political Quarterly, 3 (2001), pp. 1–20.",
    ])
    func entryShapes(_ line: String) {
        #expect(looksLikeEntry(line), "\(line)")
    }

    @Test(arguments: [
        "[1] MICHAEL R. GORDON, “Russia Surprises US with Accord with Battling ISIS,” The New York Times, sec. Middle East, 27 Sept, 2015.",
        "[^2]: Caryl, Christian. 2015. “Realists.” Foreign Policy.",
        "Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq,” The Washington Post, 28 Sept., 2015.",
        "In 2015, the president said “we will win” to the crowd.",
        "The Iraqi prime minister said in 2015 that “Iraq needs all the help it can get.”",
        "Mr. Smith, the Indian, told me in 1890 the story of “Glooscap.”",
        "Iraq Set To Coordinate Anti-ISIS Operations With Russia, Syria And Iran",
        "Hanyu Huang",
        "CHAPTER I. 1890.",
        "Yesterday. 2015 was a year of “change” for many.",
        "Thomas Weelkes (1590) begins with the words, \"Sit down,\" and",
        "# References 2015 “x”",
        "New York. In 2015 he wrote “this.”",
        "Caryl, Christian, “Realists, Beware of Russians Making Deals,” Foreign Policy.",
        "He left. “Goodbye,” she said.",
        "Smith, John. the man who came in 1890 to town.",
        "Bank of England. Rates rose sharply.",
        "Paris, France. Spring came early that year.",
        "Ministry of Finance. The minister in 2019 resigned over it.",
        "Washington, DC. March 2019.",
        "Nairobi, Kenya. Spring 2019, after the elections.",
    ])
    func notEntryShapes(_ line: String) {
        #expect(!looksLikeEntry(line), "\(line)")
    }
}
